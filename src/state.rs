//! Yew's `Reducible` over the pure state in `ruta_core::state`.

use std::rc::Rc;

pub use ruta_core::state::{Action, AppState, Origin, Screen};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub AppState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.reduce(action)))
    }
}
