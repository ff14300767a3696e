//! `ruta`: the browser shell of the Ruta widget. Every rule lives in `ruta-core`; this
//! crate mounts the widget in a Shadow DOM on the host page and draws it with Yew.

pub mod app;
mod clipboard;
pub mod components;
pub mod configurator;
mod downloads;
pub mod exit;
#[cfg(feature = "fixtures")]
pub mod fixtures;
mod geolocation;
pub mod hooks;
pub mod l10n;
mod mount;
pub mod screens;
pub mod state;
pub mod styles;
mod takeover;

pub use mount::{boot, start};
