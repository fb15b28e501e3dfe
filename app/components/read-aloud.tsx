import { useEffect, useState } from "react";

/**
 * Reads a text aloud with the browser's own speech synthesis, in the page's language. The
 * button only appears where the browser can do it (and never without JavaScript).
 */
export function ReadAloud({ text, lang, label, stopLabel }: { text: string; lang: string; label: string; stopLabel: string }) {
  const [supported, setSupported] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => setSupported(typeof window !== "undefined" && "speechSynthesis" in window), []);
  useEffect(() => () => (supported ? window.speechSynthesis.cancel() : undefined), [supported]);
  if (!supported) return null;
  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action meedoen-read-aloud" onClick={toggle} aria-pressed={speaking}>
      <span aria-hidden="true">{speaking ? "■ " : "▶ "}</span>
      {speaking ? stopLabel : label}
    </button>
  );
}
