import { describe, expect, it } from 'vitest'
import { type ClaimMapping, mapClaims, OIDC_PRESETS, parseOrganisationMap } from './oidc-claims'

const surf: ClaimMapping = {
  organisationClaim: OIDC_PRESETS.surfconext.organisationClaim,
  organisations: parseOrganisationMap('hva.nl=hogeschool-demostad, uva.nl=uva'),
  roleClaim: OIDC_PRESETS.surfconext.roleClaim,
  docentValues: new Set(['faculty']),
}

describe('mapping OpenID Connect claims onto a Deelwijs account', () => {
  it('maps a SURFconext student to a learner of the organisation named by schac_home_organization', () => {
    const result = mapClaims(
      {
        sub: 'abc',
        name: 'Sanne de Vries',
        email: 'S.deVries@hva.nl',
        email_verified: true,
        schac_home_organization: 'HvA.nl',
        eduperson_affiliation: ['student', 'member'],
      },
      surf,
    )
    expect(result).toEqual({
      ok: true,
      person: {
        subject: 'abc',
        name: 'Sanne de Vries',
        email: 's.devries@hva.nl',
        emailVerified: true,
        organisationSlug: 'hogeschool-demostad',
        role: 'learner',
      },
    })
  })

  it('makes faculty a docent, also when the affiliation is scoped', () => {
    const result = mapClaims(
      { sub: 'x', schac_home_organization: 'uva.nl', eduperson_affiliation: 'faculty@uva.nl' },
      surf,
    )
    expect(result).toMatchObject({ ok: true, person: { organisationSlug: 'uva', role: 'docent', name: 'Deelnemer' } })
  })

  it('refuses an unknown organisation unless there is a default, and a missing subject always', () => {
    expect(mapClaims({ sub: 'x', schac_home_organization: 'elders.nl' }, surf)).toEqual({
      ok: false,
      reason: 'no-organisation',
    })
    expect(
      mapClaims({ sub: 'x', schac_home_organization: 'elders.nl' }, { ...surf, defaultOrganisation: 'gast' }),
    ).toMatchObject({ ok: true, person: { organisationSlug: 'gast' } })
    expect(mapClaims({ schac_home_organization: 'hva.nl' }, surf)).toEqual({ ok: false, reason: 'no-subject' })
  })

  it('maps an Entra ID tenant and app role; preferred_username serves as e-mail only when it is one', () => {
    const entra: ClaimMapping = {
      organisationClaim: OIDC_PRESETS.entra.organisationClaim,
      organisations: parseOrganisationMap('0f2c1d4e-1111-2222-3333-444455556666=gemeente-demodorp'),
      roleClaim: OIDC_PRESETS.entra.roleClaim,
      docentValues: new Set(['deelwijs.docent']),
    }
    const claims = {
      sub: 'entra-sub',
      tid: '0F2C1D4E-1111-2222-3333-444455556666',
      given_name: 'Ali',
      family_name: 'Yilmaz',
      preferred_username: 'a.yilmaz@demodorp.nl',
      roles: ['Deelwijs.Docent'],
    }
    expect(mapClaims(claims, entra)).toMatchObject({
      ok: true,
      person: { name: 'Ali Yilmaz', email: 'a.yilmaz@demodorp.nl', emailVerified: false, role: 'docent' },
    })
    expect(mapClaims({ ...claims, preferred_username: 'ayilmaz', roles: [] }, entra)).toMatchObject({
      ok: true,
      person: { email: null, role: 'learner', organisationSlug: 'gemeente-demodorp' },
    })
    // email_verified is about the email claim: it does not make preferred_username a verified address (ADR 034).
    expect(mapClaims({ ...claims, email_verified: true }, entra)).toMatchObject({
      person: { email: 'a.yilmaz@demodorp.nl', emailVerified: false },
    })
  })

  it('reads the organisation map leniently: separators, case, and incomplete entries', () => {
    expect([...parseOrganisationMap(' A.nl=a,b.nl=b  c.nl= =d ')]).toEqual([
      ['a.nl', 'a'],
      ['b.nl', 'b'],
    ])
  })
})
