// Read-aloud without a framework: content pages send no React at all (issue 10), so this small
// script upgrades every server-rendered <button data-read-aloud hidden> where the browser can speak.
(function () {
  if (!("speechSynthesis" in window)) return;
  var synth = window.speechSynthesis;
  var speaking = null;
  function show(button, on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.querySelector("[data-icon]").textContent = on ? "■ " : "▶ ";
    button.querySelector("[data-label]").textContent = button.getAttribute(on ? "data-stop-label" : "data-start-label");
  }
  function toggle(button) {
    var wasThis = speaking === button;
    synth.cancel();
    if (speaking) show(speaking, false);
    speaking = null;
    if (wasThis) return;
    var utterance = new SpeechSynthesisUtterance(button.getAttribute("data-read-aloud"));
    utterance.lang = button.getAttribute("data-lang") || document.documentElement.lang;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = function () {
      if (speaking === button) {
        show(button, false);
        speaking = null;
      }
    };
    synth.speak(utterance);
    speaking = button;
    show(button, true);
  }
  function upgrade() {
    document.querySelectorAll("button[data-read-aloud]").forEach(function (button) {
      button.hidden = false;
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-read-aloud]");
    if (button) toggle(button);
  });
  window.addEventListener("pagehide", function () {
    synth.cancel();
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", upgrade);
  else upgrade();
  // Pages that React renders after a client-side navigation: upgrade their buttons too.
  new MutationObserver(upgrade).observe(document.documentElement, { childList: true, subtree: true });
})();
