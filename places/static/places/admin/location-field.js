// The place editor's map (places/panels.py): the geo widget's LeafletField, except that
// no position is set until the editor clicks the map, drags the marker or types
// coordinates; German decimal commas are read ("50,8560, 13,0720"); a stored or
// refused position is shown with its marker at once.
(function () {
    "use strict";

    // Two numbers, each with a decimal point or comma: "50,8560, 13,0720", "50.856 13.072".
    var NUMBER = /-?\d+(?:[.,]\d+)?/g;

    function PlaceLocationField(options) {
        this.located = options.located;
        LeafletField.call(this, options);
    }
    PlaceLocationField.prototype = Object.create(LeafletField.prototype);
    PlaceLocationField.prototype.constructor = PlaceLocationField;

    PlaceLocationField.prototype.setup = function () {
        if (this.hasSetup) {
            return;
        }
        var self = this;
        this.latLngField.attr("placeholder", this.translations.placeholder);
        this.initMap(this.mapEl, this.defaultLocation);
        this.initEvents();
        if (this.located) {
            this.updateLatLng(this.defaultLocation);
        } else {
            this.marker.remove(); // the map shows Saxony, without a position
        }
        this.map.on("click", function (event) {
            self.place(event.latlng);
        });
        this.latLngField.on("input", function () {
            if (!this.value.trim()) {
                self.marker.remove();
                self.setState("");
                self.clearFieldMessage({ field: self.latLngField });
            }
        });
        this.checkVisibility(function () {
            self.map.invalidateSize();
            if (self.located) {
                self.map.panTo(self.marker.getLatLng());
            }
        });
        this.hasSetup = true;
    };

    PlaceLocationField.prototype.place = function (latLng) {
        this.clearFieldMessage({ field: this.latLngField });
        this.setMapPosition(latLng);
        this.updateLatLng(latLng);
        this.writeLocation(latLng);
    };

    PlaceLocationField.prototype.setMapPosition = function (latLng) {
        this.marker.setLatLng(latLng).addTo(this.map);
        this.map.panTo(latLng);
    };

    PlaceLocationField.prototype.updateLatLng = function (latLng) {
        function german(number) {
            return String(Math.round(number * 1e6) / 1e6).replace(".", ",");
        }
        this.latLngField.val(german(latLng.lat) + ", " + german(latLng.lng));
    };

    PlaceLocationField.prototype.parseStrToLatLng = function (value) {
        var numbers = (value || "").match(NUMBER);
        if (!numbers || numbers.length !== 2) {
            return null;
        }
        var lat = parseFloat(numbers[0].replace(",", "."));
        var lng = parseFloat(numbers[1].replace(",", "."));
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            return null;
        }
        return L.latLng(lat, lng);
    };

    class PlaceLocationController extends window.StimulusModule.Controller {
        static values = { options: Object };

        connect() {
            new PlaceLocationField(Object.assign({}, this.optionsValue, { id: this.element.id }));
        }
    }

    window.wagtail.app.register("place-location", PlaceLocationController);
})();
