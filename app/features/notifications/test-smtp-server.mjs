// A real SMTP server in its own process, for the delivery tests: listens on 127.0.0.1 on a free
// port, prints {"listening": port} and then one JSON line per message it accepted.
// SMTP_STALL_MS with SMTP_STALL_SESSIONS: the first sessions wait that long before the greeting,
// like a mail server under load; {"stalling": n} and {"released": n} mark the wait.
import { SMTPServer } from "smtp-server";

const stallMs = Number(process.env.SMTP_STALL_MS ?? 0);
const stallSessions = Number(process.env.SMTP_STALL_SESSIONS ?? 0);
let sessions = 0;

const server = new SMTPServer({
  // Plain SMTP on the loopback interface: no STARTTLS (so no test certificate), no login.
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  onConnect(session, callback) {
    const n = ++sessions;
    if (n > stallSessions || stallMs <= 0) return callback();
    process.stdout.write(`${JSON.stringify({ stalling: n })}\n`);
    setTimeout(() => {
      process.stdout.write(`${JSON.stringify({ released: n })}\n`);
      callback();
    }, stallMs);
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      process.stdout.write(`${JSON.stringify({ from: session.envelope.mailFrom && session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address), raw })}\n`);
      callback();
    });
  },
});

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ listening: server.server.address().port })}\n`);
});

process.on("SIGTERM", () => server.close(() => process.exit(0)));
