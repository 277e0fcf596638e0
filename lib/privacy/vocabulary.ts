// The words of the data inventory (docs/decisions/028-data-inventory.md). An entry in prisma/schema.prisma names a
// code from these tables; the generated documents and the privacy statement print the Dutch text. Keeping the codes
// short keeps the schema readable; keeping the texts here keeps every document saying the same thing.

export const CATEGORIES = {
  identity: 'Identificatiegegevens',
  contact: 'Contactgegevens',
  learning: 'Leerresultaten',
  technical: 'Technische gegevens',
  special: 'Bijzondere persoonsgegevens',
} as const
export type Category = keyof typeof CATEGORIES

export const GROUNDS = {
  training: 'AVG art. 6 lid 1 sub b of e: nodig voor de training die de organisatie aanbiedt',
  security: 'AVG art. 6 lid 1 sub f en art. 32: beveiliging van de dienst',
  accountability: 'AVG art. 5 lid 2 en art. 6 lid 1 sub f: verantwoording over wie wat deed',
  organisation: 'AVG art. 6 lid 1 sub e of f: het beheer van de training door de organisatie',
} as const
export type Ground = keyof typeof GROUNDS

export const AUDIENCES = {
  learner: 'de deelnemer zelf',
  docent: 'docent',
  coordinator: 'coördinator',
  admin: 'beheerder',
  lms: 'leeromgeving (LTI)',
  lrs: 'Learning Record Store (xAPI)',
  nobody: 'niemand: alleen de software zelf',
} as const
export type Audience = keyof typeof AUDIENCES

export const PURPOSES = {
  signin: 'Inloggen en het account beveiligen',
  recognise: 'Je herkennen in je klas, team of organisatie',
  roles: 'Bepalen wat je mag zien en doen',
  learning: 'Je voortgang en feedback in de dilemma’s',
  overview: 'Overzichten voor je docent en totalen voor je organisatie',
  certificate: 'Bewijs dat je een module afrondde, controleerbaar met de code',
  lti: 'Spelen via de leeromgeving en je score in het cijferboek zetten',
  xapi: 'Leeranalyse door de organisatie in haar eigen Learning Record Store',
  invitation: 'Iemand uitnodigen om met een rol mee te doen',
  agreement: 'Lokale afspraken van de organisatie tonen en hun geschiedenis bewaren',
  mail: 'Berichten (uitnodiging, wachtwoord herstellen) bezorgen',
  security: 'Misbruik tegengaan: raden van wachtwoorden en codes, gestolen sessies',
  audit: 'Controleren wie wat deed, zoals downloads van rapportages en rolwijzigingen',
  service: 'De dienst laten werken (configuratie, inhoud, koppelingen)',
} as const
export type Purpose = keyof typeof PURPOSES
