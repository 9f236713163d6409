// After a failed save Wagtail says only that the page could not be saved (the tab counts its
// errors), so an error in a tab not shown, e.g. the slug under "Veröffentlichung", goes
// unread. Name every field with an error in that message, with its tab, as a link to it.
document.addEventListener("DOMContentLoaded", () => {
  const message = document.querySelector(".messages li.error");
  const form = document.getElementById("page-edit-form");
  if (!message || !form || message.querySelector(".errorlist")) return;
  const list = document.createElement("ul");
  list.className = "errorlist";
  form.querySelectorAll(".w-field--error").forEach((field) => {
    const error = field.querySelector(".error-message");
    const input = field.querySelector("[data-field-input] [id]");
    const label = input && document.querySelector(`label[for="${input.id}"]`);
    const panel = field.closest("[data-panel]");
    const heading = panel && panel.querySelector("[data-panel-heading-text]");
    const name = (label || heading || {}).textContent;
    const tabPanel = field.closest("[role=tabpanel]");
    const tab = tabPanel && document.getElementById(tabPanel.getAttribute("aria-labelledby"));
    if (!error || !name) return;
    const tabName = tab ? tab.firstChild.textContent.trim() : "";
    const fieldName = name.replace("*", "").trim();
    const link = document.createElement("a");
    link.href = `#${(input || field).id}`;
    link.textContent = tabName ? `${tabName} › ${fieldName}` : fieldName;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (tab) tab.click();
      // The tab shows its panel a moment later (Stimulus value callbacks): focus after that.
      setTimeout(() => {
        (input || field).scrollIntoView({ block: "center" });
        if (input) input.focus();
      });
    });
    const item = document.createElement("li");
    item.append(link, `: ${error.textContent.trim()}`);
    list.append(item);
  });
  if (list.children.length) message.append(list);
});
