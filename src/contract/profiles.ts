/**
 * The contract suite's profiles: what a kind of server does on purpose that the default checks would call
 * a failure, and exactly which checks a profile changes, so that a report can say so. `default` changes
 * nothing; `sandbox` knows that a sandbox takes any bearer token as an account of its own.
 * @module
 */
import type { CheckName } from './checks.js';

/** The name of a profile. */
export type ProfileName = 'default' | 'sandbox';

/** One check a profile changes: inverted (the opposite is expected) or skipped, for what, and why. */
export interface ProfileChange {
  check: CheckName;
  change: 'inverted' | 'skipped';
  /** which part of the check, such as "the made-up API key probe" */
  part: string;
  /** what the profile expects instead, and why the server does it on purpose */
  why: string;
}

/** A profile: its name, the kind of server it is for, and the checks it changes. */
export interface ContractProfile {
  name: ProfileName;
  /** the kind of server, in a few words */
  for: string;
  changes: readonly ProfileChange[];
  /** any bearer token is an account of its own (a sandbox), so a token the server never issued is answered */
  anyTokenIsAnAccount: boolean;
}

/** Every profile, by name. */
export const PROFILES: Readonly<Record<ProfileName, ContractProfile>> = {
  default: { name: 'default', for: 'a server that issues API keys', changes: [], anyTokenIsAnAccount: false },
  sandbox: {
    name: 'sandbox',
    for: 'a sandbox (webhooks-contract sandbox), where any bearer token is an account of its own',
    anyTokenIsAnAccount: true,
    changes: [
      {
        check: 'ignored_auth',
        change: 'inverted',
        part: 'the made-up API key probe',
        why:
          'a sandbox takes any bearer token as a new account, by design, so a token it never issued must be answered as an account of its own: ' +
          '200 for the list, without any webhook of the --api-key account, 201 for a create, and 404 for an id that account does not have. ' +
          'A 401 is then the failure; another scheme and an empty token must still get 401',
      },
    ],
  },
};

/** Every profile name, `default` first. */
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];

/** Whether a string names a profile. */
export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(PROFILES, name);
}

/**
 * The sentence a report prints for each check a profile changes.
 * @example
 * describeProfile(PROFILES.sandbox) // ['Profile sandbox (…): ignored_auth inverted for the made-up API key probe: …']
 */
export function describeProfile(profile: ContractProfile): string[] {
  return profile.changes.map((change) => `Profile ${profile.name} (${profile.for}): ${change.check} ${change.change} for ${change.part}: ${change.why}.`);
}
