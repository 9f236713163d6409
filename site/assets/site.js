// Small progressive enhancements; every page works without this script.

// Mark the document as scripted, so CSS can offer enhanced behaviour.
document.documentElement.classList.add("js");

// Main navigation on small screens: a toggle button collapses the list.
function setUpNavigation() {
  const toggle = document.querySelector("[data-nav-toggle]");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!toggle || !menu) return;
  toggle.hidden = false;
  const setOpen = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  };
  setOpen(false);
  toggle.addEventListener("click", () => {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", setUpNavigation);
} else {
  setUpNavigation();
}
