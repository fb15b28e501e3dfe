// Small improvements for every page, without a framework: resident pages send no React at all
// (issue 10), and hydrated staff pages use the same script, so each behaviour exists once.
// Everything here is optional: without JavaScript the server still ends an idle session, the
// error summary is the first thing in the main content, and the page text says how to print.
(function () {
  // After a refused submit the server's answer starts with the list of problems: move focus there,
  // so keyboard and screen reader users start where the problems are.
  var summary = document.querySelector(".meedoen-error-summary");
  if (summary) summary.focus();

  // Print buttons, rendered hidden by the server.
  if (typeof window.print === "function") {
    document.querySelectorAll("[data-print-button]").forEach(function (wrapper) {
      wrapper.hidden = false;
      wrapper.querySelector("button").addEventListener("click", function () {
        window.print();
      });
    });
  }

  // A warning two minutes before the idle timeout (DigiD norm: 15 minutes), with a button to stay
  // signed in. Every request to the server counts as activity there, so it restarts the clock here.
  var dialog = document.getElementById("session-warning");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var idleMs = Number(dialog.getAttribute("data-idle-minutes")) * 60000;
  var warnBeforeMs = 2 * 60000;
  var deadline = Date.now() + idleMs;
  function restart() {
    deadline = Date.now() + idleMs;
  }
  if ("PerformanceObserver" in window) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.name.indexOf(location.origin + "/") === 0 && !/\.(js|css|svg|png|ico)(\?|$)/.test(entry.name)) restart();
      });
    }).observe({ type: "resource", buffered: false });
  }
  window.setInterval(function () {
    var left = deadline - Date.now();
    if (left <= 0) {
      var params = new URLSearchParams({ returnTo: location.pathname + location.search, reden: "verlopen" });
      window.location.assign(dialog.getAttribute("data-login-href") + "?" + params);
    } else if (left <= warnBeforeMs && !dialog.open) {
      dialog.showModal();
    }
  }, 1000);
  dialog.querySelector("button").addEventListener("click", function () {
    var headers = { "X-Requested-With": "fetch" };
    var token = dialog.getAttribute("data-csrf");
    if (token) headers["X-CSRF-Token"] = token;
    fetch("/sessie/verlengen", { method: "POST", headers: headers }).then(function (response) {
      dialog.close();
      if (response.ok) restart();
    });
  });
})();
