// The scenario format spec that content and engine follow: docs/scenario-format.md
// The register of every law, article, rule of thumb and term that scenario content may cite.
// The scenario validator refuses a reference that is not listed here, so content can only cite what we have checked.
// Every claim below is sourced in docs/content-review.md. Explanations are B1 Dutch in our own words, not quotes.
// Deep links are only used where the anchor format is known; otherwise the url is the law's base page.

export type LawArticle = { title: string; explanation: string; url: string }
/**
 * A statute is a law or regulation (AVG, Wgbo, Wmo 2015, Uitvoeringsbesluit …); guidance is a handreiking or another
 * guide. content:lint counts how many feedbacks cite a statute, so an entry that is not a law says `kind: 'guidance'`;
 * without `kind` an entry is a statute.
 */
export type LawKind = 'statute' | 'guidance'
export type Law = {
  name: string
  fullName: string
  url: string
  kind?: LawKind
  articles: Record<string, LawArticle>
}
export type Vuistregel = { source: string; text: string; url?: string }
export type Term = { term: string; definition: string }

const AVG_URL = 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679'
const WGBO_URL = 'https://wetten.overheid.nl/BWBR0005290/'
const WMO_URL = 'https://wetten.overheid.nl/BWBR0035362/'
const JEUGDWET_URL = 'https://wetten.overheid.nl/BWBR0034925/'
const UITVOERINGSBESLUIT_WMO_URL = 'https://wetten.overheid.nl/BWBR0035863/'
const LEERPLICHTWET_URL = 'https://wetten.overheid.nl/BWBR0002628/'
const UAVG_URL = 'https://wetten.overheid.nl/BWBR0040940/'
const WPG_URL = 'https://wetten.overheid.nl/BWBR0022463/'
const HANDREIKING_URL = 'https://www.voordejeugdenhetgezin.nl/toekomstscenario-kind-en-gezinsbescherming'
const BASISMODEL_MELDCODE_URL =
  'https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling'
const AFWEGINGSKADER_URL =
  'https://www.huiselijkgeweld.nl/publicaties/publicaties/2018/05/08/het-afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling'
const IN_GOED_VERTROUWEN_URL = 'https://privacyborgingjeugd.vngconnect.nl/'

const HANDREIKING =
  'Handreiking Zorgvuldig omgaan met persoonsgegevens (Toekomstscenario kind- en gezinsbescherming, 2023)'
const IN_GOED_VERTROUWEN = `Vuistregels bij het manifest "In goed vertrouwen" (2016), opgenomen in de ${HANDREIKING}, deel 3`
const ZORG_EN_STRAF = `Vuistregels samenwerking zorg en straf (Veiligheid Voorop), bijlage bij de ${HANDREIKING}`

export const LAWS: Record<string, Law> = {
  avg: {
    name: 'AVG',
    fullName: 'Algemene verordening gegevensbescherming (Verordening (EU) 2016/679)',
    url: AVG_URL,
    articles: {
      '5': {
        title: 'Zorgvuldig omgaan met persoonsgegevens',
        explanation:
          'Je gebruikt gegevens alleen voor een duidelijk doel. Je gebruikt er niet meer dan nodig. De gegevens moeten kloppen. Je bewaart ze niet langer dan nodig en je houdt ze veilig. En je bent open tegen de persoon over wat je met zijn gegevens doet.',
        url: AVG_URL,
      },
      '6': {
        title: 'Een grondslag: wanneer mag het?',
        explanation:
          'Je mag persoonsgegevens alleen gebruiken als daar een reden voor is die in de AVG staat. Er zijn zes van die redenen, de grondslagen. Voorbeelden zijn toestemming, een wettelijke plicht, een levensbelang en een taak van algemeen belang.',
        url: AVG_URL,
      },
      '9': {
        title: 'Bijzondere persoonsgegevens',
        explanation:
          'Sommige gegevens zijn extra gevoelig. Denk aan gegevens over gezondheid, geloof of seksuele voorkeur. Die mag je in principe niet verwerken. Het mag alleen als de wet een uitzondering maakt.',
        url: AVG_URL,
      },
      '6 lid 1 sub e': {
        title: 'Grondslag: een taak van algemeen belang',
        explanation:
          'Een gemeente of een organisatie met een taak uit de wet gebruikt gegevens omdat dat nodig is voor die taak. Denk aan schuldhulp (Wet gemeentelijke schuldhulpverlening), maatschappelijke ondersteuning (Wmo 2015) of jeugdhulp (Jeugdwet). De wet zelf moet die taak en het doel noemen. Toestemming is dan meestal niet de grondslag, omdat mensen van de gemeente afhankelijk zijn. Een ja van de cliënt kan wel nodig zijn om iets met een ander te delen.',
        url: AVG_URL,
      },
      '10': {
        title: 'Strafrechtelijke gegevens',
        explanation:
          'Gegevens over een strafbaar feit, een verdenking of een straf zijn extra beschermd. Je mag ze alleen gebruiken als de wet dat regelt, of onder toezicht van de overheid. Zet ze dus niet zomaar in een dossier en vertel ze niet door aan anderen.',
        url: AVG_URL,
      },
      '15': {
        title: 'Recht op inzage',
        explanation:
          'Iedereen mag vragen welke gegevens een organisatie over hem heeft, waarvoor ze die gebruikt en met wie ze die deelt. Hij krijgt dan ook een kopie. Gegevens over anderen in hetzelfde stuk mogen daarbij worden afgeschermd.',
        url: AVG_URL,
      },
      '26': {
        title: 'Samen verantwoordelijk voor gegevens',
        explanation:
          'Bepalen twee of meer organisaties samen waarom en hoe ze gegevens gebruiken? Dan zijn ze samen verantwoordelijk: gezamenlijke verwerkingsverantwoordelijken. Ze leggen vast wie wat doet. Bijvoorbeeld wie de mensen informeert, wie een vraag om inzage beantwoordt en wie een datalek meldt. Dat hoeft niet voor iedereen even zwaar te zijn.',
        url: AVG_URL,
      },
    },
  },
  wgbo: {
    name: 'Wgbo',
    fullName: 'Wet op de geneeskundige behandelingsovereenkomst (Burgerlijk Wetboek Boek 7, titel 7, afdeling 5)',
    url: WGBO_URL,
    articles: {
      '7:457': {
        title: 'Beroepsgeheim van de zorgverlener',
        explanation:
          'Een arts vertelt anderen niets over een patiënt zonder diens toestemming. Ook het dossier laat hij niet zomaar zien. Collega’s die direct bij de behandeling horen, mogen wel weten wat nodig is. Het geheim kan verder alleen wijken als de wet dat toestaat of bij een conflict van plichten.',
        url: `${WGBO_URL}#Boek7_Titeldeel7_Afdeling5_Artikel457`,
      },
      '7:450': {
        title: 'Toestemming en leeftijd',
        explanation:
          'Voor een behandeling is toestemming nodig. Van 12 tot 16 jaar geven het kind én de ouders met gezag toestemming. Soms is het ja van het kind genoeg: als de behandeling nodig is om ernstig nadeel te voorkomen, of als het kind er na goed nadenken bij blijft. Voor een kind onder 12 beslissen de ouders met gezag (art. 7:465). Vanaf 16 jaar beslist de jongere zelf (art. 7:447).',
        url: `${WGBO_URL}#Boek7_Titeldeel7_Afdeling5_Artikel450`,
      },
      '7:465': {
        title: 'Een kind onder 12: de ouders beslissen',
        explanation:
          'Is het kind jonger dan 12? Dan nemen de ouders met gezag (of de voogd) de beslissingen over onderzoek en behandeling. Ook informatie en toestemming lopen via hen. De zorgverlener betrekt het kind wel zoveel als het kan begrijpen.',
        url: `${WGBO_URL}#Boek7_Titeldeel7_Afdeling5_Artikel465`,
      },
    },
  },
  wmo2015: {
    name: 'Wmo 2015',
    fullName: 'Wet maatschappelijke ondersteuning 2015',
    url: WMO_URL,
    articles: {
      '5.2.6': {
        title: 'Meldrecht bij Veilig Thuis',
        explanation:
          'Heb je door je werk een redelijk vermoeden van huiselijk geweld of kindermishandeling? Dan mag je dat melden bij Veilig Thuis, ook als je een beroepsgeheim hebt. Toestemming van de cliënt is daarvoor niet nodig. Je deelt alleen wat nodig is om het geweld te stoppen of te onderzoeken. Dit geldt ook als Veilig Thuis jou om informatie vraagt: de wet zegt dat je die uit jezelf of "desgevraagd" mag geven.',
        url: WMO_URL,
      },
      '4.1.1': {
        title: 'Veilig Thuis en zijn taken',
        explanation:
          'Elke gemeente zorgt voor een advies- en meldpunt huiselijk geweld en kindermishandeling: Veilig Thuis. De wet noemt de taken. Veilig Thuis neemt meldingen aan en geeft advies. Het beoordeelt de veiligheid, kan onderzoeken wat er aan de hand is en zet zo nodig hulp in gang. Opsporen en straffen is geen taak van Veilig Thuis. Wanneer Veilig Thuis voor die taken zonder toestemming informatie mag vastleggen en opvragen, regelt de wet apart, in het hoofdstuk over gegevensverwerking. De handreiking legt de voorwaarden uit.',
        url: WMO_URL,
      },
      '5.1.1': {
        title: 'Gegevens voor een besluit over ondersteuning',
        explanation:
          'De gemeente mag gegevens van een cliënt gebruiken die nodig zijn om te beoordelen welke ondersteuning hij nodig heeft. Daar kunnen ook gegevens over gezondheid bij horen. Wat niet nodig is voor dat besluit, hoort er niet bij.',
        url: WMO_URL,
      },
    },
  },
  'uitvoeringsbesluit-wmo2015': {
    name: 'Uitvoeringsbesluit Wmo 2015',
    fullName:
      'Uitvoeringsbesluit Wmo 2015. Dit besluit werkt de Wmo 2015 verder uit, ook voor Veilig Thuis. Volgens de handreiking staan hier de termijnen: vindt Veilig Thuis een onderzoek nodig, dan start het snel na de melding (de handreiking noemt vijf dagen). Binnen tien weken beslist Veilig Thuis welke stappen volgen. Daarna haalt Veilig Thuis geen informatie meer op zonder toestemming, behalve na een nieuwe melding.',
    url: UITVOERINGSBESLUIT_WMO_URL,
    articles: {
      '4.1.8': {
        title: 'Het gezin informeren over de melding',
        explanation:
          'Veilig Thuis vertelt het gezin in principe vooraf wat het doet met een melding. De handreiking noemt dit artikel als de regel voor de uitzondering: brengt vooraf vertellen iemand in gevaar, dan mag het later. Veilig Thuis vertelt het dan zodra het veilig kan.',
        url: UITVOERINGSBESLUIT_WMO_URL,
      },
    },
  },
  jeugdwet: {
    name: 'Jeugdwet',
    fullName: 'Jeugdwet',
    url: JEUGDWET_URL,
    articles: {
      '7.3.11': {
        title: 'Geheimhouding in de jeugdhulp en wanneer die wijkt',
        explanation:
          'Jeugdhulpverleners en jeugdbeschermers moeten geheimhouden wat ze in hun werk horen. Dit artikel zegt ook wanneer dat anders is. Soms mogen ze zonder toestemming informatie geven, bijvoorbeeld bij een melding. En heeft de kinderrechter een kind onder toezicht gesteld (een ondertoezichtstelling)? Dan moeten ze de jeugdbeschermer geven wat die nodig heeft.',
        url: JEUGDWET_URL,
      },
      '7.3.4': {
        title: 'Toestemming voor jeugdhulp en leeftijd',
        explanation:
          'Voor jeugdhulp is toestemming nodig. Is het kind jonger dan 12? Dan beslissen de ouders met gezag. Van 12 tot 16 jaar geven het kind én de ouders toestemming, maar soms is het ja van het kind genoeg. Vanaf 16 jaar beslist de jongere zelf. Dit lijkt op de regels in de Wgbo voor een behandeling bij een arts.',
        url: JEUGDWET_URL,
      },
      '7.3.11 lid 3': {
        title: 'Informatie aan ouders, en de grens daarvan',
        explanation:
          'Ouders met gezag mogen in principe informatie krijgen over hun kind onder 16. Maar past dat niet bij de zorg van een goed jeugdhulpverlener, bijvoorbeeld omdat het slecht is voor het kind? Dan geeft de hulpverlener die informatie niet. Die grens staat in het derde lid van dit artikel.',
        url: JEUGDWET_URL,
      },
      '7.3.11 lid 4': {
        title: 'De plicht om de jeugdbeschermer te informeren',
        explanation:
          'Heeft de kinderrechter een kind onder toezicht gesteld? Dan vraagt de jeugdbeschermer soms informatie. Een jeugdhulpverlener moet dan geven wat nodig is om de ondertoezichtstelling uit te voeren. Toestemming van ouders of kind is daarvoor niet nodig. Wat niet nodig is voor die taak, geef je niet.',
        url: JEUGDWET_URL,
      },
    },
  },
  meldcode: {
    name: 'Wet verplichte meldcode',
    fullName:
      'Wet en Besluit verplichte meldcode huiselijk geweld en kindermishandeling (2013), met het afwegingskader dat sinds 1 januari 2019 verplicht is. Organisaties en zelfstandige professionals, ook huisartsen, werken met een meldcode van vijf stappen: signalen in kaart brengen, collegiale consultatie en zo nodig advies van Veilig Thuis, gesprek met de cliënt, wegen met het afwegingskader, en beslissen over hulp en melden.',
    url: 'https://zoek.officielebekendmakingen.nl/stb-2013-324.html',
    articles: {},
  },
  leerplichtwet: {
    name: 'Leerplichtwet 1969',
    fullName:
      'Leerplichtwet 1969. Jongeren zijn leerplichtig tot en met het schooljaar waarin ze 16 worden. Daarna geldt tot 18 jaar de kwalificatieplicht, tot ze een startkwalificatie hebben (een diploma op havo-, vwo- of mbo-niveau 2).',
    url: LEERPLICHTWET_URL,
    articles: {
      '21a': {
        title: 'De school meldt ongeoorloofd verzuim',
        explanation:
          'Mist een leerplichtige of kwalificatieplichtige jongere lessen zonder geldige reden? Dan meldt de school dat bij de gemeente, waar de leerplichtambtenaar het oppakt. Dat moet in elk geval als het 16 uur of meer is in vier weken. De melding gaat over het verzuim zelf.',
        url: LEERPLICHTWET_URL,
      },
    },
  },
  uavg: {
    name: 'UAVG',
    fullName: 'Uitvoeringswet Algemene verordening gegevensbescherming',
    url: UAVG_URL,
    articles: {
      '5': {
        title: 'Toestemming van jongeren onder 16',
        explanation:
          'Is iemand jonger dan 16 en is toestemming de grondslag? Dan geven de ouders met gezag (of de voogd) die toestemming. Vanaf 16 jaar geeft de jongere zelf toestemming voor het gebruik van zijn gegevens.',
        url: UAVG_URL,
      },
    },
  },
  politiegegevens: {
    name: 'Wet politiegegevens',
    fullName:
      'Wet politiegegevens. Voor het werk van de politie geldt deze wet in plaats van de AVG. Politiegegevens zijn geheim. De politie gebruikt ze alleen voor haar taak en niet meer dan nodig. Aan anderen, zoals Veilig Thuis, geeft ze gegevens alleen als de wet of het Besluit politiegegevens dat toestaat.',
    url: WPG_URL,
    articles: {},
  },
  // Not a law: the project's legal backbone, cited by section so feedback can point to the reasoning it follows.
  handreiking: {
    name: 'Handreiking Zorgvuldig omgaan met persoonsgegevens',
    fullName: HANDREIKING,
    url: HANDREIKING_URL,
    kind: 'guidance',
    articles: {
      toestemming: {
        title: 'Deel 1, onderdeel 3: toestemming',
        explanation:
          'Toestemming telt alleen als die vrij, duidelijk, goed geïnformeerd en voor een bepaald doel is gegeven. Iemand mag zijn toestemming ook weer intrekken. Dat moet net zo makkelijk gaan als toestemming geven.',
        url: HANDREIKING_URL,
      },
      geheimhouding: {
        title: 'Deel 1, onderdeel 4: wanneer de geheimhouding mag wijken',
        explanation:
          'De geheimhouding kan in zes situaties wijken. De cliënt geeft toestemming. Een collega is direct bij de hulp betrokken. Ouders met gezag vragen informatie over hun kind onder 16, en dat is niet slecht voor het kind. De wet geeft het recht om te delen, zoals bij een melding. De wet verplicht tot delen. Of er is een conflict van plichten.',
        url: HANDREIKING_URL,
      },
      bescherming: {
        title: 'Deel 1: recht op bescherming tegen geweld',
        explanation:
          'Iedereen heeft recht op een eigen privéleven. Maar iedereen heeft ook recht op bescherming tegen geweld thuis. Dat staat in het Verdrag van Istanboel en het Kinderrechtenverdrag. Ook kinderen die geweld thuis meemaken, verdienen aandacht en bescherming.',
        url: HANDREIKING_URL,
      },
      'avg-stappen': {
        title: 'Deel 3: de AVG-stappen voor professionals',
        explanation:
          'Bepaal eerst je taak en je doel. Kijk dan of er een grondslag is. Deel alleen wat nodig is. Kies de minst zware manier: eerst bij de cliënt zelf, of anoniem als dat kan. Let op gevoelige gegevens en op je beroepsgeheim. Wees open naar het gezin. Zorg dat gegevens kloppen en houd feiten en meningen apart.',
        url: HANDREIKING_URL,
      },
      transparantie: {
        title: 'Deel 3, AVG-stap 6: wees open naar het gezin',
        explanation:
          'Vertel mensen vooraf wat je met hun gegevens doet en met wie je iets deelt. Soms kan dat niet meteen, omdat het iemand in gevaar brengt. Vertel het dan zodra het veilig kan.',
        url: HANDREIKING_URL,
      },
      verrijken: {
        title: 'Deel 2 en 3: informatie verzamelen en "dat" of "wat"',
        explanation:
          'Haal informatie eerst bij de mensen zelf, of met hun toestemming bij anderen. Vraag alleen wat nodig is. Is het genoeg om te weten dát iemand ergens bekend is? Vraag dan niet wát er in dat dossier staat. Zonder toestemming informatie ophalen mag alleen met een wettelijke taak, zoals die van Veilig Thuis.',
        url: HANDREIKING_URL,
      },
      informatiepositie: {
        title: 'Deel 2 en 3: de informatiepositie van Veilig Thuis',
        explanation:
          'Veilig Thuis mag zonder toestemming een melding vastleggen, informatie bij anderen opvragen, bewaren en doorgeven. Dat mag alleen voor de taken die in de wet staan. Er moet een redelijk vermoeden van huiselijk geweld of kindermishandeling zijn. En het mag alleen voor zover het nodig is voor het onderzoek of de volgende stappen. Aan een informant mag Veilig Thuis vertellen dat er een melding is.',
        url: HANDREIKING_URL,
      },
      'ouders-onder-16': {
        title: 'Deel 1, onderdeel 4, punt 3: informatie aan ouders van een kind onder 16',
        explanation:
          'Een ouder met gezag mag in principe weten wat er in het dossier van zijn kind onder 16 staat. Dat recht heeft een grens. Past het geven van de informatie niet bij de zorg van een goed hulpverlener, bijvoorbeeld omdat het slecht is voor het kind? Dan geef je die informatie niet.',
        url: HANDREIKING_URL,
      },
      'conflict-van-plichten': {
        title: 'Deel 1, onderdeel 4, punt 6: conflict van plichten',
        explanation:
          'Soms botst je plicht om te zwijgen met je plicht om ernstige schade te voorkomen. Dan weeg je af. Heb je alles gedaan om toestemming te krijgen? Leidt zwijgen tot ernstige schade voor de cliënt of een ander? Is er geen andere manier om die schade te voorkomen? En kun je met delen de schade echt beperken? Alleen dan kan het geheim wijken.',
        url: HANDREIKING_URL,
      },
      termijnen: {
        title: 'Deel 2: de termijnen voor Veilig Thuis',
        explanation:
          'Vindt Veilig Thuis na een melding een onderzoek nodig? Dan moet dat snel beginnen: de handreiking noemt vijf dagen. Binnen tien weken beslist Veilig Thuis welke stappen volgen. Daarna mag Veilig Thuis geen informatie meer ophalen zonder toestemming, behalve bij een nieuwe melding. Volgens de handreiking staan de termijnen in het Uitvoeringsbesluit Wmo 2015.',
        url: HANDREIKING_URL,
      },
      petten: {
        title: 'Deel 1, onderdeel 4: twee petten, hulp en toeleiding',
        explanation:
          'Een medewerker van een wijkteam kan twee rollen hebben. Als hulpverlener van het gezin heeft hij een geheimhoudingsplicht. Zoekt hij voor de gemeente uit welke hulp of voorziening iemand krijgt (toeleiding)? Dan geldt die geheimhoudingsplicht niet. Dan gebruikt hij alleen wat nodig is voor dat besluit, volgens de AVG en de Wmo 2015 of de Jeugdwet. Wat hij als hulpverlener hoorde, gaat niet vanzelf mee naar die andere rol.',
        url: HANDREIKING_URL,
      },
    },
  },
  wgs: {
    name: 'Wgs',
    fullName:
      'Wet gemeentelijke schuldhulpverlening (Wgs). De gemeente moet inwoners met geldzorgen en schulden helpen. Dat is een wettelijke taak. Voor die taak gebruikt de gemeente de gegevens die daarvoor nodig zijn. Voor een ander doel, zoals een gezinsplan van het wijkteam, geeft deze taak geen vrije hand.',
    url: 'https://wetten.overheid.nl/BWBR0027220/',
    articles: {},
  },
  bw: {
    name: 'BW Boek 1',
    fullName: 'Burgerlijk Wetboek Boek 1 (personen- en familierecht)',
    url: 'https://wetten.overheid.nl/BWBR0002656/',
    articles: {
      '1:240': {
        title: 'Informatie geven aan de Raad voor de Kinderbescherming',
        explanation:
          'Wie een beroepsgeheim heeft, mag zonder toestemming informatie geven aan de Raad voor de Kinderbescherming. Dat mag als het nodig is voor het werk van de Raad, bijvoorbeeld om te onderzoeken of een kind bescherming nodig heeft. De Raad kan er zelf om vragen, of jij geeft het uit jezelf.',
        url: 'https://wetten.overheid.nl/BWBR0002656/',
      },
      '1:255': {
        title: 'De ondertoezichtstelling (OTS)',
        explanation:
          'De kinderrechter kan een kind onder toezicht stellen van een gecertificeerde instelling. Dat kan als het kind zo opgroeit dat zijn ontwikkeling ernstig wordt bedreigd, en de ouders de hulp die nodig is niet of niet genoeg aannemen. Ook moet te verwachten zijn dat de ouders binnen een redelijke tijd weer zelf voor het kind kunnen zorgen. Een jeugdbeschermer van die instelling begeleidt dan het gezin. De ouders houden het gezag.',
        url: 'https://wetten.overheid.nl/BWBR0002656/',
      },
    },
  },
  wjsg: {
    name: 'Wjsg',
    fullName:
      'Wet justitiële en strafvorderlijke gegevens. Deze wet regelt de gegevens over strafzaken bij justitie, zoals het strafregister. Die gegevens zijn afgeschermd. Een werkgever of verhuurder kan ze niet inzien. Een werkgever kan wel vragen om een Verklaring Omtrent het Gedrag (VOG). Justis beoordeelt dan of iemands verleden een bezwaar is voor die functie.',
    url: 'https://wetten.overheid.nl/BWBR0014194/',
    articles: {},
  },
}

export const VUISTREGELS: Record<string, Vuistregel> = {
  'vertrouwen-1': {
    source: IN_GOED_VERTROUWEN,
    text: 'Respecteer de rechten van het kind, de jongere en de ouders.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-2': {
    source: IN_GOED_VERTROUWEN,
    text: 'Praat mét mensen, niet over hen zonder hen. Kan dat een keer niet? Weeg dat zorgvuldig en leg uit waarom. Vertel het hen in principe vooraf, en alleen achteraf als het echt niet anders kan.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-3': {
    source: IN_GOED_VERTROUWEN,
    text: 'Vertrouwelijkheid zorgt dat mensen hulp durven te zoeken. Het is ook een voorwaarde voor goede hulp.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-4': {
    source: IN_GOED_VERTROUWEN,
    text: 'Vertrouw op de kennis en het vakmanschap van elkaar.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-5': {
    source: IN_GOED_VERTROUWEN,
    text: 'Vraag nooit meer gegevens dan echt nodig is.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-6': {
    source: IN_GOED_VERTROUWEN,
    text: 'Zeg altijd eerlijk waarvoor je gegevens vraagt.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-7': {
    source: IN_GOED_VERTROUWEN,
    text: 'Respecteer de eigen rol en verantwoordelijkheid van de professional aan wie je gegevens vraagt.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-8': {
    source: IN_GOED_VERTROUWEN,
    text: 'Weeg altijd zorgvuldig af of je gegevens kunt geven in het belang van het kind.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-9': {
    source: IN_GOED_VERTROUWEN,
    text: 'Ga ervan uit dat een andere professional zorgvuldig heeft gewogen of hij gegevens vraagt of geeft.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'vertrouwen-10': {
    source: IN_GOED_VERTROUWEN,
    text: 'Help mee aan een oplossing, ook als je bepaalde gegevens niet kunt delen.',
    url: IN_GOED_VERTROUWEN_URL,
  },
  'zorg-straf-1': {
    source: ZORG_EN_STRAF,
    text: 'Eén gezin, één plan: samen verantwoordelijk voor veiligheid. Elke ZSM-melding in de strafketen gaat samen met een aparte melding bij Veilig Thuis.',
  },
  'zorg-straf-3': {
    source: ZORG_EN_STRAF,
    text: 'Veilig Thuis is een volwaardige partner van politie en justitie. Hebben zij een zaak met (een vermoeden van) huiselijk geweld of kindermishandeling? Dan betrekken ze Veilig Thuis erbij. Veilig Thuis deelt zijn kennis, en krijgt ook de informatie die het voor zijn eigen taken nodig heeft.',
  },
  'zorg-straf-4': {
    source: ZORG_EN_STRAF,
    text: 'Vertrouw op elkaars deskundigheid en respecteer elkaars rol. Veilig Thuis werkt aan hulp en veiligheid. Opsporen en straffen is niet zijn taak.',
  },
  'zorg-straf-5': {
    source: ZORG_EN_STRAF,
    text: 'Zorg samen dat de ander zorgvuldig met gegevens kan omgaan. Vraag nooit meer dan nodig. Veilig Thuis geeft alleen informatie als dat helpt om geweld te voorkomen of te stoppen.',
  },
  'zorg-straf-6': {
    source: ZORG_EN_STRAF,
    text: 'Zeg altijd waarvoor je gegevens vraagt. De ander mag erop rekenen dat je ze niet voor iets heel anders gebruikt.',
  },
  'zorg-straf-7': {
    source: ZORG_EN_STRAF,
    text: 'Zet elkaar niet onder druk om gegevens te geven. Respecteer de geheimhouding van Veilig Thuis en de regel dat Veilig Thuis open is naar het gezin.',
  },
  'eerst-bij-de-client': {
    source: `${HANDREIKING}, deel 3 (AVG-stap 3 en "Verrijken van informatie")`,
    text: 'Heb je informatie nodig? Vraag het eerst aan de mensen zelf. Kan het anoniem? Doe het dan anoniem.',
  },
  'minimaal-delen': {
    source: `${HANDREIKING}, deel 1 en 3 (beroepsgeheim en AVG-stap 3)`,
    text: 'Heb je besloten om te delen? Vraag je dan af welke informatie minimaal nodig is, en voor wie. Deel feiten, houd ze apart van meningen, en zeg wat je niet weet.',
  },
  'verrijken-afweging': {
    source: `${HANDREIKING}, deel 2 en 3 ("Verrijken van informatie als overheidsinterventie")`,
    text: 'Informatie ophalen zonder toestemming of medeweten van het gezin is een ingreep in hun privéleven. Doe het alleen als het nodig is voor een wettelijke taak. Weeg het zorgvuldig en leg het uit aan het gezin.',
  },
  'dat-of-wat': {
    source: `${HANDREIKING}, deel 2 en 3 ("Verrijken van informatie")`,
    text: 'Is het genoeg om te weten dát iemand hulp krijgt? Vraag dan niet wát er in het dossier staat.',
  },
  'meldcode-gesprek': {
    source: 'Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017), stap 3',
    text: 'Bespreek je zorgen en een melding eerst met de cliënt. Sla dat gesprek alleen over als het iemand in gevaar brengt: de cliënt, jou of een ander. Of als je goede redenen hebt om te denken dat de cliënt dan uit beeld raakt.',
    url: BASISMODEL_MELDCODE_URL,
  },
  'afwegingskader-melden': {
    source:
      'Het afwegingskader in de meldcode huiselijk geweld en kindermishandeling (basisdocument, verplicht sinds 1 januari 2019)',
    text: 'Zie je acute of structurele onveiligheid? Dan meld je bij Veilig Thuis. Daarna kijk je, zelf of samen met Veilig Thuis, welke hulp er ook nog kan.',
    url: AFWEGINGSKADER_URL,
  },
  'verstrekker-weegt': {
    source: `${HANDREIKING}, deel 2 ("Grondslagen voor de gegevensverwerkingen")`,
    text: 'Wie gegevens geeft, maakt zelf de afweging. Past het doel bij waarvoor je de gegevens kreeg? Deel je niet meer dan nodig? Staat je geheimhouding het niet in de weg?',
  },
}

export const TERMS: Record<string, Term> = {
  persoonsgegevens: {
    term: 'persoonsgegevens',
    definition:
      'Alle informatie over een persoon die je kunt herkennen. Bijvoorbeeld een naam, adres, diagnose of een notitie in een dossier.',
  },
  verwerken: {
    term: 'verwerken',
    definition: 'Alles wat je met persoonsgegevens doet: opvragen, opschrijven, bewaren, bekijken, delen of weggooien.',
  },
  beroepsgeheim: {
    term: 'beroepsgeheim',
    definition:
      'De plicht van bijvoorbeeld een arts of psycholoog om geheim te houden wat een cliënt vertelt of wat hij ziet. Het beroepsgeheim zorgt dat mensen hulp durven te vragen. Het kan alleen in bepaalde situaties wijken.',
  },
  geheimhoudingsplicht: {
    term: 'geheimhoudingsplicht',
    definition:
      'De plicht om vertrouwelijke informatie over cliënten voor jezelf te houden. Veel professionals in zorg en hulp hebben die plicht, vaak op grond van een wet.',
  },
  grondslag: {
    term: 'grondslag',
    definition:
      'De wettelijke reden waarom je persoonsgegevens mag gebruiken. De AVG noemt er zes, zoals toestemming, een wettelijke plicht of een taak van algemeen belang.',
  },
  doelbinding: {
    term: 'doelbinding',
    definition:
      'Je gebruikt gegevens alleen voor het doel waarvoor je ze kreeg. Voor een heel ander doel mag je ze niet zomaar gebruiken.',
  },
  proportionaliteit: {
    term: 'proportionaliteit',
    definition:
      'Wat je doet, moet in verhouding staan tot het doel. Je deelt niet meer dan nodig is, en de inbreuk op iemands privacy mag niet te groot zijn.',
  },
  subsidiariteit: {
    term: 'subsidiariteit',
    definition:
      'Kies de minst zware manier om je doel te bereiken. Kun je het vragen aan de persoon zelf, of het anoniem bespreken? Dan doe je dat.',
  },
  'bijzondere-persoonsgegevens': {
    term: 'bijzondere persoonsgegevens',
    definition:
      'Extra gevoelige gegevens, zoals over gezondheid, geloof of seksuele voorkeur. Die mag je alleen gebruiken als de wet daar een uitzondering voor maakt.',
  },
  toestemming: {
    term: 'toestemming',
    definition:
      'Iemand zegt duidelijk ja tegen wat je met zijn gegevens wilt doen. Dat ja moet vrij gegeven zijn, voor een bepaald doel, en na goede uitleg. Toestemming mag je altijd weer intrekken.',
  },
  gezag: {
    term: 'gezag',
    definition:
      'Het recht en de plicht van een ouder of voogd om voor een kind te zorgen en beslissingen te nemen. Gezag duurt tot het kind 18 is.',
  },
  'conflict-van-plichten': {
    term: 'conflict van plichten',
    definition:
      'Je moet zwijgen, maar zwijgen leidt tot ernstige schade voor de cliënt of een ander. Heb je alles gedaan om toestemming te krijgen? Is er geen andere weg? En kun je met delen de schade echt beperken? Dan kan het beroepsgeheim wijken.',
  },
  meldrecht: {
    term: 'meldrecht',
    definition:
      'Het recht om een vermoeden van huiselijk geweld of kindermishandeling te melden bij Veilig Thuis. Dat mag zonder toestemming, ook als je een beroepsgeheim hebt. Het is een recht, geen plicht.',
  },
  meldcode: {
    term: 'meldcode',
    definition:
      'Een stappenplan voor professionals die signalen zien van huiselijk geweld of kindermishandeling. Het heeft vijf stappen: signalen in kaart brengen, overleggen, gesprek met de cliënt, wegen en beslissen.',
  },
  afwegingskader: {
    term: 'afwegingskader',
    definition:
      'Vragen in stap 4 en 5 van de meldcode. Ze helpen je beslissen of je moet melden en of je zelf ook hulp kunt bieden.',
  },
  'structurele-onveiligheid': {
    term: 'structurele onveiligheid',
    definition:
      'Onveiligheid die steeds terugkomt of blijft bestaan. Volgens het afwegingskader meld je dan bij Veilig Thuis.',
  },
  'acute-onveiligheid': {
    term: 'acute onveiligheid',
    definition:
      'Er is nu direct gevaar voor iemands leven of gezondheid. Dan is snel handelen nodig, soms met politie via 112.',
  },
  'veilig-thuis': {
    term: 'Veilig Thuis',
    definition:
      'Het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Iedereen kan er advies vragen, ook zonder namen te noemen. Veilig Thuis kan een melding onderzoeken en hulp in gang zetten.',
  },
  'collegiale-consultatie': {
    term: 'collegiale consultatie',
    definition:
      'Je bespreekt je zorgen met een deskundige collega voordat je een besluit neemt. Waar het kan, doe je dat zonder de naam van de cliënt.',
  },
  aandachtsfunctionaris: {
    term: 'aandachtsfunctionaris',
    definition:
      'Een collega die veel weet van huiselijk geweld en kindermishandeling. Hij helpt collega’s bij het werken met de meldcode.',
  },
  kindcheck: {
    term: 'kindcheck',
    definition:
      'Je vraagt een volwassen cliënt of er kinderen van hem afhankelijk zijn, en hoe het met hen gaat. Zo zie je of kinderen risico lopen.',
  },
  'huiselijk-geweld': {
    term: 'huiselijk geweld',
    definition:
      'Geweld door iemand uit de huiselijke kring, zoals een partner, ex-partner, familielid of huisgenoot. Het kan lichamelijk, psychisch of seksueel zijn, of een bedreiging daarmee.',
  },
  kindermishandeling: {
    term: 'kindermishandeling',
    definition:
      'Geweld, dwang of verwaarlozing door ouders of verzorgers waardoor een kind ernstige schade oploopt of kan oplopen. Ook geweld tussen ouders zien of horen, schaadt een kind.',
  },
  transparantie: {
    term: 'transparantie',
    definition:
      'Open zijn over wat je doet. Je vertelt mensen welke gegevens je gebruikt, waarom, en met wie je iets deelt.',
  },
  verrijken: {
    term: 'verrijken',
    definition:
      'Informatie aanvullen door die bij anderen op te vragen, zoals bij een huisarts of school. Veilig Thuis mag dat voor een onderzoek ook zonder toestemming van het gezin, maar alleen wat nodig is.',
  },
  veiligheidsbeoordeling: {
    term: 'veiligheidsbeoordeling',
    definition:
      'De eerste beoordeling van Veilig Thuis na een melding. Is er nu gevaar? Is de onveiligheid acuut of blijft ze terugkomen? En wat is er nodig: hulp, een onderzoek of allebei?',
  },
  informant: {
    term: 'informant',
    definition:
      'Iemand aan wie Veilig Thuis informatie vraagt voor een onderzoek, zoals een jeugdarts, school of huisarts. Een informant deelt wat hij zelf weet en wat nodig is.',
  },
  'dat-en-wat': {
    term: '"dat" en "wat"',
    definition:
      'Weten dát iemand bij een organisatie bekend is, is iets anders dan weten wát er in het dossier staat. Vaak is het eerste genoeg.',
  },
  leerplichtambtenaar: {
    term: 'leerplichtambtenaar',
    definition:
      'Een medewerker van de gemeente die let op de leerplicht en de kwalificatieplicht. Na een verzuimmelding praat hij met de jongere en, bij een minderjarige, vaak ook met de ouders. Hij zoekt naar de oorzaak en kan hulp inschakelen.',
  },
  kwalificatieplicht: {
    term: 'kwalificatieplicht',
    definition:
      'Na de leerplicht moet een jongere tot 18 jaar naar school, tot hij een startkwalificatie heeft. Dat is een diploma op havo-, vwo- of mbo-niveau 2.',
  },
  'goed-hulpverlener': {
    term: 'goed hulpverlener',
    definition:
      'De norm voor elke zorgverlener: handel zoals een zorgvuldige vakgenoot zou doen, in het belang van de cliënt. Ouders van een kind onder 16 krijgen geen informatie als dat niet past bij die zorg, bijvoorbeeld omdat het het kind schaadt.',
  },
  jeugdgezondheidszorg: {
    term: 'jeugdgezondheidszorg',
    definition:
      'De JGZ volgt hoe kinderen groeien en zich ontwikkelen, van baby tot 18 jaar. Dat gebeurt bij het consultatiebureau en later via de GGD. Een jeugdarts of jeugdverpleegkundige heeft een beroepsgeheim, net als andere artsen.',
  },
  zsm: {
    term: 'ZSM',
    definition:
      'Een werkwijze van politie, Openbaar Ministerie en partners. Veelvoorkomende strafzaken worden zo snel mogelijk bekeken. De officier van justitie beslist dan snel wat er met de zaak gebeurt.',
  },
  pettenvraagstuk: {
    term: 'pettenvraagstuk',
    definition:
      'Een professional kan verschillende rollen hebben, bijvoorbeeld hulpverlener of toegang tot hulp regelen. Per rol, of "pet", gelden andere regels voor het delen van gegevens.',
  },
  ondertoezichtstelling: {
    term: 'ondertoezichtstelling',
    definition:
      'Een maatregel van de kinderrechter, vaak OTS genoemd. Een jeugdbeschermer begeleidt het gezin een tijd, omdat de ontwikkeling van een kind ernstig wordt bedreigd. De ouders houden het gezag, maar moeten de aanwijzingen van de jeugdbeschermer opvolgen.',
  },
  jeugdbeschermer: {
    term: 'jeugdbeschermer',
    definition:
      'Een medewerker van een gecertificeerde instelling. Hij voert een maatregel van de kinderrechter uit, zoals een ondertoezichtstelling. Hij werkt met het gezin aan de veiligheid en ontwikkeling van het kind.',
  },
  'gecertificeerde-instelling': {
    term: 'gecertificeerde instelling',
    definition:
      'Een organisatie die een keurmerk heeft om maatregelen voor jeugdbescherming en jeugdreclassering uit te voeren. Vaak afgekort tot GI.',
  },
  'raad-voor-de-kinderbescherming': {
    term: 'Raad voor de Kinderbescherming',
    definition:
      'Een organisatie van de overheid. De Raad onderzoekt of een kind bescherming nodig heeft als vrijwillige hulp niet genoeg is. Hij kan de kinderrechter dan vragen om een maatregel, zoals een ondertoezichtstelling.',
  },
  kinderrechter: {
    term: 'kinderrechter',
    definition:
      'Een rechter die beslist over zaken van kinderen, zoals een ondertoezichtstelling of een uithuisplaatsing.',
  },
  reclassering: {
    term: 'reclassering',
    definition:
      'Een organisatie die werkt in opdracht van justitie. Ze adviseert over verdachten en daders en houdt toezicht op de voorwaarden die een rechter of officier van justitie oplegt. Houdt iemand zich niet aan de voorwaarden? Dan meldt de reclassering dat aan justitie.',
  },
  'strafrechtelijke-gegevens': {
    term: 'strafrechtelijke gegevens',
    definition:
      'Gegevens over een strafbaar feit, een verdenking, een straf of voorwaarden van justitie. Ze zijn extra beschermd. Je mag ze alleen gebruiken als de wet dat regelt.',
  },
  vog: {
    term: 'VOG',
    definition:
      'Een Verklaring Omtrent het Gedrag. Een werkgever kan een nieuwe medewerker vragen er een aan te vragen. Justis kijkt dan of het strafverleden van die persoon een bezwaar is voor het werk. De werkgever ziet het strafverleden zelf niet.',
  },
  casusoverleg: {
    term: 'casusoverleg',
    definition:
      'Een overleg waarin professionals van verschillende organisaties samen over één gezin of persoon praten. Ze maken afspraken over wie wat doet.',
  },
  convenant: {
    term: 'convenant',
    definition:
      'Een schriftelijke afspraak tussen organisaties over hoe ze samenwerken en gegevens delen. Een convenant is geen wet. Het geeft geen nieuw recht om gegevens te delen en haalt geen beroepsgeheim weg.',
  },
  'zorg-en-veiligheidshuis': {
    term: 'Zorg- en Veiligheidshuis',
    definition:
      'Een plek waar partners uit zorg, gemeente en justitie samenwerken bij moeilijke zaken, zoals huiselijk geweld. Ze werken er volgens een convenant.',
  },
  verwerkingsverantwoordelijke: {
    term: 'verwerkingsverantwoordelijke',
    definition:
      'De organisatie die bepaalt waarom en hoe persoonsgegevens worden gebruikt. Die organisatie moet zorgen dat het volgens de AVG gebeurt. Soms zijn organisaties dat samen.',
  },
}

export function findLawRef(law: string, article?: string): { law: Law; article?: LawArticle } | undefined {
  // Own keys only: "constructor" or "toString" must not find anything.
  const entry = Object.hasOwn(LAWS, law) ? LAWS[law] : undefined
  if (!entry) return undefined
  if (article === undefined) return { law: entry }
  const found = Object.hasOwn(entry.articles, article) ? entry.articles[article] : undefined
  return found ? { law: entry, article: found } : undefined
}

/** Whether a LAWS key names a statute (see LawKind); an unknown key is not one. */
export function isStatute(law: string): boolean {
  return Object.hasOwn(LAWS, law) && (LAWS[law]?.kind ?? 'statute') === 'statute'
}
