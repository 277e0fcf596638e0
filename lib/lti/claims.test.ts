import { describe, expect, it } from 'vitest'
import { idHistory, isStaff, type LaunchClaims, LTI, launchClaimsSchema, launchTarget } from './claims'

describe('LTI launch claims', () => {
  it('course staff roles make a docent; learners and institution roles alone do not', () => {
    expect(isStaff(['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'])).toBe(true)
    expect(isStaff(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'])).toBe(false)
    expect(isStaff(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student'])).toBe(false)
    expect(isStaff([])).toBe(false)
  })

  it('only course (membership) roles count, a sub-role by the part before "#"', () => {
    const lis = 'http://purl.imsglobal.org/vocab/lis/v2/'
    expect(isStaff([`${lis}membership/Instructor#TeachingAssistant`])).toBe(true)
    expect(isStaff([`${lis}membership#ContentDeveloper`])).toBe(true)
    expect(isStaff(['Instructor'])).toBe(true)
    // Canvas sends institution/person#Instructor to anyone who teaches any course.
    expect(isStaff([`${lis}membership#Learner`, `${lis}institution/person#Instructor`])).toBe(false)
    expect(isStaff([`${lis}institution/person#Administrator`])).toBe(false)
    expect(isStaff([`${lis}system/person#Administrator`])).toBe(false)
    expect(isStaff([`${lis}membership/Learner#Instructor`])).toBe(false)
    expect(isStaff([`${lis}membership#Mentor`])).toBe(false)
    expect(isStaff([`${lis}membership/Mentor#Administrator`])).toBe(false)
  })

  it('a launch goes to a dilemma or case of this Deelwijs only', () => {
    const origin = 'https://deelwijs.example'
    expect(launchTarget(`${origin}/leren/kramer/huisarts`, origin)).toEqual({ caseId: 'kramer', dilemmaId: 'huisarts' })
    expect(launchTarget(`${origin}/leren/kramer`, origin)).toEqual({ caseId: 'kramer' })
    expect(launchTarget('https://evil.example/leren/kramer', origin)).toBeNull()
    expect(launchTarget(`${origin}/beheer`, origin)).toBeNull()
    expect(launchTarget('niet een url', origin)).toBeNull()
  })

  it('requires the claims of its message type', () => {
    const base = {
      iss: 'https://lms.example',
      sub: 's',
      aud: 'c',
      nonce: 'n',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: 'd',
      [`${LTI}target_link_uri`]: 'https://deelwijs.example/leren/kramer',
      [`${LTI}roles`]: [],
    }
    expect(launchClaimsSchema.safeParse({ ...base, [`${LTI}message_type`]: 'LtiResourceLinkRequest' }).success).toBe(
      false,
    )
    expect(
      launchClaimsSchema.safeParse({
        ...base,
        [`${LTI}message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}resource_link`]: { id: 'r' },
      }).success,
    ).toBe(true)
    expect(launchClaimsSchema.safeParse({ ...base, [`${LTI}message_type`]: 'LtiDeepLinkingRequest' }).success).toBe(
      false,
    )
    expect(
      launchClaimsSchema.safeParse({
        ...base,
        [`${LTI}message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}version`]: '1.1',
      }).success,
    ).toBe(false)
  })

  it('reads the history of a copied course or link from its custom parameter', () => {
    const withCustom = (value: unknown) =>
      ({ [`${LTI}custom`]: { context_id_history: value } }) as unknown as LaunchClaims
    expect(idHistory(withCustom('c-2026, c-2025'), 'context_id_history')).toEqual(['c-2026', 'c-2025'])
    expect(idHistory(withCustom('$Context.id.history'), 'context_id_history')).toEqual([])
    expect(idHistory(withCustom(''), 'context_id_history')).toEqual([])
    expect(idHistory(withCustom(42), 'context_id_history')).toEqual([])
    expect(idHistory(withCustom('c-1'), 'resource_link_id_history')).toEqual([])
  })
})
