import type { ReactNode } from "react";
import { Paragraph } from "./nlds";

type Phone = { phone: string; phoneDisplay: string };

/** A phone number that dials on a phone, written left to right also on an Arabic page. */
export function PhoneLink({ help, className }: { help: Phone; className?: string }) {
  return (
    <a className={`utrecht-link${className ? ` ${className}` : ""}`} href={`tel:${help.phone}`} dir="ltr">
      {help.phoneDisplay}
    </a>
  );
}

/** "Questions? Call Servicepunt … 0800 …": one sentence with the number to tap. */
export function CallServicepunt({ text, help }: { text: ReactNode; help: Phone }) {
  return (
    <Paragraph>
      {text} <PhoneLink help={help} />
    </Paragraph>
  );
}
