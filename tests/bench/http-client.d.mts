// Types for http-client.mjs, so TypeScript tests (tests/faults) use the same scripted client.
export type PageResult = { status: number; url: string; location: string | null; text: string; timings: Array<{ method: string; path: string; status: number; ms: number }> };
export type Client = {
  csrf: string | null;
  request(path: string, options?: { method?: string; form?: Record<string, string> | URLSearchParams | FormData; follow?: boolean }): Promise<PageResult>;
  cookieHeader(): string;
  useSession(session: { cookie: string; csrf: string }): void;
};
export function createClient(baseUrl: string): Client;
export function loginAsResident(client: Client, personKey: string): Promise<void>;
export function loginAsStaff(client: Client, staffKey: string): Promise<void>;
