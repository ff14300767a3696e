//! "Use my location": asked only after the user taps the button. The position goes into
//! the in-memory state and nowhere else: no request carries it, nothing stores it.

use ruta_core::geo::LatLon;
use ruta_core::locator::GeoStatus;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Position, PositionError, PositionOptions};
use yew::Callback;

/// How long to wait for a fix before offering the district picker instead.
const TIMEOUT_MS: u32 = 15_000;

pub fn locate(on_found: Callback<LatLon>, on_failed: Callback<GeoStatus>) {
    let Ok(geolocation) = gloo_utils::window().navigator().geolocation() else {
        on_failed.emit(GeoStatus::Unavailable);
        return;
    };
    let success = Closure::once_into_js(move |position: Position| {
        let coords = position.coords();
        on_found.emit(LatLon::new(coords.latitude(), coords.longitude()));
    });
    let failed = on_failed.clone();
    let error = Closure::once_into_js(move |error: PositionError| {
        failed.emit(match error.code() {
            PositionError::PERMISSION_DENIED => GeoStatus::Denied,
            PositionError::TIMEOUT => GeoStatus::TimedOut,
            _ => GeoStatus::Unavailable,
        });
    });
    let options = PositionOptions::new();
    options.set_timeout(TIMEOUT_MS);
    // A cached fix could be hours old and somewhere else.
    options.set_maximum_age(0);
    options.set_enable_high_accuracy(false);
    let asked = geolocation.get_current_position_with_error_callback_and_options(
        success.unchecked_ref(),
        Some(error.unchecked_ref()),
        &options,
    );
    if asked.is_err() {
        on_failed.emit(GeoStatus::Unavailable);
    }
}
