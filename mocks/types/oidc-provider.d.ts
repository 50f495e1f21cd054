/**
 * The part of oidc-provider 9 the local identity provider uses. The package ships no types, and the
 * DefinitelyTyped ones trail its releases; these few lines are checked against its behaviour by the tests.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    jwks_uri?: string;
    jwks?: { keys: unknown[] };
    [key: string]: unknown;
  }

  export interface Client {
    clientId: string;
  }

  export interface KoaContextWithOIDC {
    path: string;
    method: string;
    status: number;
    type: string;
    body: unknown;
    set(field: string, value: string): void;
    state: Record<string, unknown>;
    oidc: { client?: Client; params?: Record<string, unknown> };
  }

  export interface ResourceServer {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string; kid?: string } };
  }

  export type AdapterPayload = Record<string, unknown>;

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type AdapterFactory = (model: string) => Adapter;

  export interface Configuration {
    adapter?: AdapterFactory;
    clients?: ClientMetadata[];
    clientAuthMethods?: string[];
    jwks?: { keys: unknown[] };
    cookies?: { keys?: string[] };
    features?: {
      devInteractions?: { enabled: boolean };
      clientCredentials?: { enabled: boolean };
      introspection?: { enabled: boolean };
      revocation?: { enabled: boolean };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC, client: Client, oneOf?: string[]) => string | string[] | undefined | Promise<string | string[] | undefined>;
        useGrantedResource?: (ctx: KoaContextWithOIDC, model: unknown) => boolean | Promise<boolean>;
        getResourceServerInfo?: (ctx: KoaContextWithOIDC, resourceIndicator: string, client: Client) => ResourceServer | Promise<ResourceServer>;
      };
    };
    fetch?: (url: URL | string, init: RequestInit) => Promise<Response>;
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
    assertJwtClientAuthClaimsAndHeader?: (
      ctx: KoaContextWithOIDC,
      claims: Record<string, unknown> & { iss?: string; sub?: string; aud?: string | string[]; exp?: number; iat?: number; jti?: string },
      header: Record<string, unknown>,
      client: Client,
    ) => void | Promise<void>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    proxy: boolean;
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<unknown>): void;
    on(event: string, listener: (ctx: KoaContextWithOIDC, error: Error & { error_detail?: string }) => void): this;
    callback(): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
      error_detail?: string;
      status: number;
    }
    class InvalidClientAuth extends OIDCProviderError {
      constructor(detail?: string);
    }
  }

  export default Provider;
}
