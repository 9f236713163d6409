// leaflet.markercluster extends the global `L`; set it before that plugin is evaluated.
import L from "leaflet";

window.L = L;
export default L;
