// The public places map (two-click privacy) and the live filter of the places index.
//
// Map: every [data-map] shows a placeholder until the visitor clicks [data-map-consent]
// (or agreed earlier with "Auswahl merken", stored under localStorage
// "kreativorte-map-consent"). Only then is Leaflet started and the tile host contacted.
// Markers come from the same-origin GeoJSON API (data-geojson-url) or one point
// (data-lat/data-lon/data-title); clusters by leaflet.markercluster.
//
// Filter: a form[data-place-filter] works without JavaScript (GET). With it, changing
// a select updates the URL, swaps in the list (`?partial=1`), reloads the markers and
// announces the count in the [data-place-count] live region.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";

const CONSENT_KEY = "kreativorte-map-consent";
const SAXONY_BOUNDS = [
  [50.17, 11.87],
  [51.69, 15.04],
];

// Image URLs are relative to this script (dist/), not to the page.
const scriptBase = (document.currentScript && document.currentScript.src) || window.location.href;
const asset = (url) => new URL(url, scriptBase).href;
// A string imagePath stops Leaflet from guessing a prefix from its CSS.
L.Icon.Default.imagePath = "";
L.Icon.Default.mergeOptions({
  iconUrl: asset(iconUrl),
  iconRetinaUrl: asset(iconRetinaUrl),
  shadowUrl: asset(shadowUrl),
});

function hasConsent() {
  try {
    return window.localStorage.getItem(CONSENT_KEY) === "yes";
  } catch (error) {
    return false; // storage blocked: ask every time
  }
}

function rememberConsent() {
  try {
    window.localStorage.setItem(CONSENT_KEY, "yes");
  } catch (error) {
    // storage blocked: the choice lasts for this page only
  }
}

function escapeHtml(text) {
  const span = document.createElement("span");
  span.textContent = text == null ? "" : String(text);
  return span.innerHTML;
}

function sameOrigin(url) {
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch (error) {
    return false;
  }
}

class PlaceMap {
  constructor(element) {
    this.element = element;
    this.map = null;
    this.layer = null;
    this.request = null;
    this.status = element.querySelector("[data-map-status]");
    element.placeMap = this;
    const button = element.querySelector("[data-map-consent]");
    if (hasConsent()) {
      this.start(false);
    } else if (button) {
      button.addEventListener("click", () => {
        const remember = element.querySelector("[data-map-remember]");
        if (remember && remember.checked) rememberConsent();
        this.start(true);
      });
    }
  }

  label(name, fallback) {
    return this.element.getAttribute(`data-label-${name}`) || fallback;
  }

  announce(text) {
    if (this.status) this.status.textContent = text;
  }

  start(focus) {
    const { element } = this;
    const placeholder = element.querySelector("[data-map-placeholder]");
    const canvas = element.querySelector("[data-map-canvas]");
    if (!canvas || this.map) return;
    if (placeholder) placeholder.hidden = true;
    canvas.hidden = false;
    element.classList.add("place-map--active");

    this.map = L.map(canvas, { scrollWheelZoom: false, keyboard: true });
    this.map.attributionControl.setPrefix(false);
    L.tileLayer(element.dataset.tileUrl, {
      attribution: element.dataset.attribution || "",
      maxZoom: 19,
    }).addTo(this.map);

    const lat = parseFloat(element.dataset.lat);
    const lon = parseFloat(element.dataset.lon);
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      const title = element.dataset.title || "";
      L.marker([lat, lon], { title, alt: title, keyboard: true }).addTo(this.map);
      this.map.setView([lat, lon], 14);
    } else {
      this.map.fitBounds(SAXONY_BOUNDS);
    }
    if (element.dataset.geojsonUrl) this.load(element.dataset.geojsonUrl);
    if (focus) canvas.focus();
  }

  marker(feature, latlng) {
    const title = (feature.properties && feature.properties.title) || "";
    return L.marker(latlng, {
      title: this.label("marker", "%s").replace("%s", title),
      alt: title,
      keyboard: true,
    });
  }

  popup(feature, layer) {
    const { title, url } = feature.properties || {};
    if (!url) {
      layer.bindPopup(`<strong>${escapeHtml(title)}</strong>`);
      return;
    }
    layer.bindPopup(
      `<strong>${escapeHtml(title)}</strong><br><a href="${escapeHtml(url)}">${escapeHtml(
        this.label("link", "Zum Ort"),
      )}</a>`,
    );
  }

  // Markers for the GeoJSON at `url` (same origin only), replacing earlier ones.
  load(url) {
    this.element.dataset.geojsonUrl = url;
    if (!this.map || !sameOrigin(url)) return;
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    fetch(url, { headers: { Accept: "application/geo+json" }, signal: request.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((data) => {
        const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
        const geojson = L.geoJSON(data, {
          pointToLayer: (feature, latlng) => this.marker(feature, latlng),
          onEachFeature: (feature, layer) => this.popup(feature, layer),
        });
        cluster.addLayers(geojson.getLayers());
        if (this.layer) this.map.removeLayer(this.layer);
        this.layer = cluster.addTo(this.map);
        const bounds = cluster.getBounds();
        if (bounds.isValid() && !this.element.dataset.lat) {
          this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
        }
      })
      .catch((error) => {
        if (error.name !== "AbortError") this.announce(this.label("error", "Fehler"));
      });
  }
}

// The live filter of the places index.
class PlaceFilter {
  constructor(form) {
    this.form = form;
    this.container = document.querySelector("[data-place-results-container]");
    this.count = document.querySelector("[data-place-count]");
    this.request = null;
    if (!this.container) return;
    form.addEventListener("change", () => this.update(this.query()));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.update(this.query());
    });
    const reset = form.querySelector("[data-place-filter-reset]");
    if (reset) reset.remove(); // the selects reset themselves; the link is for no-JS
    this.container.addEventListener("click", (event) => {
      const link = event.target.closest("a[data-place-page]");
      if (!link) return;
      event.preventDefault();
      this.update(new URL(link.href).searchParams, true);
    });
  }

  query() {
    const params = new URLSearchParams();
    new FormData(this.form).forEach((value, name) => {
      if (value) params.append(name, value);
    });
    return params;
  }

  update(params, moveFocus) {
    const pageUrl = new URL(this.form.action || window.location.href, window.location.href);
    pageUrl.search = params.toString();
    window.history.replaceState(null, "", pageUrl.href);
    const partial = new URL(pageUrl.href);
    partial.searchParams.set("partial", "1");
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    this.container.setAttribute("aria-busy", "true");
    fetch(partial.href, {
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
      signal: request.signal,
    })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => {
        this.container.innerHTML = html;
        this.container.removeAttribute("aria-busy");
        const results = this.container.querySelector("[data-place-results]");
        if (!results) return;
        if (this.count) this.count.textContent = results.dataset.countText || "";
        const map = document.querySelector("[data-map]");
        if (map && results.dataset.geojsonUrl) {
          if (map.placeMap) map.placeMap.load(results.dataset.geojsonUrl);
          else map.dataset.geojsonUrl = results.dataset.geojsonUrl;
        }
        if (moveFocus) {
          const heading = results.querySelector("h2");
          if (heading) {
            heading.setAttribute("tabindex", "-1");
            heading.focus();
          }
        }
      })
      .catch((error) => {
        if (error.name === "AbortError") return;
        // Fall back to an ordinary page load with the same parameters.
        window.location.assign(pageUrl.href);
      });
  }
}

function init() {
  if (window.kreativortePlacesStarted) return; // the script may be included twice
  window.kreativortePlacesStarted = true;
  document.querySelectorAll("[data-map]").forEach((element) => new PlaceMap(element));
  document.querySelectorAll("form[data-place-filter]").forEach((form) => new PlaceFilter(form));
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init);
} else {
  init();
}
