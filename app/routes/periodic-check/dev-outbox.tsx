import type { Route } from "./+types/dev-outbox";
import { listOutbox } from "~/features/notifications/transports.server";
import { getRequestState } from "~/lib/request-context.server";

// For developers only: the e-mails and text messages the embedded default "sent" (the outbox
// transports). Gone in production and whenever real SMTP is configured.
export async function loader({ context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { env, db } = state.services;
  if (env.isProduction || env.SMTP_URL) throw new Response("Not Found", { status: 404 });
  const messages = await listOutbox(db);
  return { messages: messages.map((m) => ({ id: m.id, channel: m.channel, to: m.recipient, subject: m.subject, body: m.body, at: m.created_at.toISOString() })) };
}

export default function DevOutbox({ loaderData }: Route.ComponentProps) {
  return (
    <div lang="en" dir="ltr">
      <title>Outbox (development) – Meedoen</title>
      <h1 className="utrecht-heading-1">Outbox (development only)</h1>
      <p className="utrecht-paragraph">The last 50 e-mails and text messages. Nothing here left this machine.</p>
      {loaderData.messages.length === 0 ? <p className="utrecht-paragraph">No messages yet.</p> : null}
      {loaderData.messages.map((m) => (
        <article key={m.id} className="meedoen-outbox-message">
          <h2 className="utrecht-heading-3">
            {m.channel === "email" ? "E-mail" : "SMS"} to {m.to} — {m.at}
          </h2>
          {m.subject ? <p className="utrecht-paragraph">Subject: {m.subject}</p> : null}
          <pre className="meedoen-outbox-body">{m.body}</pre>
        </article>
      ))}
    </div>
  );
}
