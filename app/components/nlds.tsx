import type { ComponentProps, ReactNode } from "react";
import { Link as RouterLink } from "react-router";

// Thin React wrappers around NL Design System (Utrecht) CSS components: the markup and
// class names are the design system's; these only save repeating them.

export function Heading1({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 className="utrecht-heading-1" id={id}>
      {children}
    </h1>
  );
}

export function Heading2({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h2 className="utrecht-heading-2" id={id}>
      {children}
    </h2>
  );
}

export function Paragraph({ children, lead }: { children: ReactNode; lead?: boolean }) {
  return <p className={lead ? "utrecht-paragraph utrecht-paragraph--lead" : "utrecht-paragraph"}>{children}</p>;
}

export function Link(props: ComponentProps<typeof RouterLink>) {
  return <RouterLink {...props} className={["utrecht-link", "utrecht-link--html-a", props.className].filter(Boolean).join(" ")} />;
}

export function Button({ appearance = "primary", ...props }: ComponentProps<"button"> & { appearance?: "primary" | "secondary" | "subtle" }) {
  return (
    <button
      type="submit"
      {...props}
      className={`utrecht-button utrecht-button--html-button utrecht-button--${appearance}-action ${props.className ?? ""}`.trim()}
    />
  );
}

export function ButtonLink({ appearance = "primary", ...props }: ComponentProps<typeof RouterLink> & { appearance?: "primary" | "secondary" }) {
  return <RouterLink {...props} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}-action meedoen-button-link`} />;
}

export function Alert({ type = "info", children, role }: { type?: "info" | "ok" | "warning" | "error"; children: ReactNode; role?: "status" | "alert" }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function ListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}
