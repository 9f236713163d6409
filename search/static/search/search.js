// Suggestions while typing in the search box (the form works without this script).
// The input names the autocomplete API in data-autocomplete-url (locale included).
(function () {
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !input.dataset.autocompleteUrl) return;
  var timer;

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (suggestion) {
      var option = document.createElement("option");
      option.value = suggestion.text;
      list.appendChild(option);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    if (input.value.trim().length < 2) {
      show([]);
      return;
    }
    timer = setTimeout(function () {
      var url = new URL(input.dataset.autocompleteUrl, window.location.href);
      url.searchParams.set("q", input.value);
      fetch(url)
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          show(data.suggestions);
        })
        .catch(function () {});
    }, 150);
  });
})();
