// The admin's date picker (jQuery datetimepicker) replaces a value it cannot read with
// the current date and time when the field loses focus. The server reads more formats
// than the picker (ISO 8601 besides the German one) and names the expected format for
// anything else, so what the editor typed stays as typed.
window.jQuery.fn.datetimepicker.defaults.validateOnBlur = false;
