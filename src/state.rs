//! Yew's `Reducible` over the pure state in `ruta_core::state`.

use std::rc::Rc;

use std::ops::Deref;

pub use ruta_core::state::{Action, AppState, Screen};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub AppState);

impl Deref for Store {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.reduce(action)))
    }
}
