// Liveness: the process answers. Deliberately no database check (that is /readyz), so a
// database outage does not make the orchestrator restart healthy app instances.
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
