/**
 * What every problem+json body (RFC 9457) of this library shares: its media type and where its type URIs
 * live.
 * @module
 */
import type { Problem } from '../types.js';

export type { Problem };

/** The media type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where the problem type URIs live unless a server says otherwise. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'https://api.example.com/problems/';

/** The type URI of a problem, by its slug: `not-found` → `https://api.example.com/problems/not-found`. */
export const problemType = (slug: string) => `${DEFAULT_PROBLEM_TYPE_BASE}${slug}`;
