//! `ruta-core`: every rule of the Ruta widget, with no browser in sight.
//!
//! The browser crate (`ruta`) is a thin shell over this one. Time and place are always
//! parameters here, so everything below runs and is tested natively.

pub mod assessment;
pub mod config;
pub mod contacts;
pub mod directory;
pub mod exit_shortcut;
pub mod exit_url;
pub mod geo;
pub mod helplines;
pub mod l10n;
pub mod locator;
pub mod order;
pub mod phone;
pub mod snippet;
pub mod state;
pub mod summary;
