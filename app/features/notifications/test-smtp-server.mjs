// A real SMTP server in its own process, for the delivery tests: listens on 127.0.0.1 on a free
// port, prints {"listening": port} and then one JSON line per message it accepted.
import { SMTPServer } from "smtp-server";

const server = new SMTPServer({
  // Plain SMTP on the loopback interface: no STARTTLS (so no test certificate), no login.
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
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
