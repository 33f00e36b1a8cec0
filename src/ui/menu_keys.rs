//! The keyboard's way into the menus and the sections: F10, or Alt pressed and released alone,
//! opens the first menu (arrows and Tab move in it, Enter chooses, Escape closes); Ctrl+1…9 show
//! the dossier's sections in their side-panel order, Ctrl+0 the dashboard.

use egui::{Context, Event, Key, KeyboardShortcut, Modifiers};

use super::sections::Section;

/// What the keys pressed ask of the window this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAsk {
    /// Open the first menu, its first entry focused.
    OpenMenu,
    /// Show this section.
    Section(Section),
}

/// Whether Alt is held alone (nothing else pressed since it went down).
#[derive(Debug, Default)]
pub struct MenuKeys {
    alt_held: bool,
    alone: bool,
}

const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// True for the keys 0 to 9 of the main block.
fn is_digit(key: Key) -> bool {
    key == Key::Num0 || DIGITS.contains(&key)
}

impl Section {
    /// The shortcut that shows the section (Ctrl+1…9 in side-panel order, Ctrl+0 the dashboard).
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let key = if self == Self::Dashboard {
            Some(Key::Num0)
        } else {
            Self::all()
                .position(|s| s == self)
                .and_then(|n| DIGITS.get(n).copied())
        };
        key.map(|k| KeyboardShortcut::new(Modifiers::COMMAND, k))
    }
}

impl MenuKeys {
    /// Reads this frame's keys (consuming those it acts on); `dossier_open` allows the
    /// shortcuts of a dossier's sections.
    pub fn read(&mut self, ctx: &Context, dossier_open: bool) -> Option<KeyAsk> {
        ctx.input_mut(|i| {
            // Event by event: a quick Alt press and release can arrive within one frame.
            let mut released_alone = false;
            for event in &i.events {
                match event {
                    Event::ModifiersChanged(m) => {
                        let alt_only = m.alt && !m.ctrl && !m.shift && !m.mac_cmd;
                        if alt_only && !self.alt_held {
                            self.alone = true;
                        } else if m.alt && !alt_only {
                            self.alone = false;
                        }
                        released_alone |= !m.alt && self.alt_held && self.alone;
                        self.alt_held = m.alt;
                    }
                    // Alt's own key events come with it.
                    Event::Key {
                        key: Key::AltLeft | Key::AltRight,
                        ..
                    } => {}
                    Event::Key { .. } | Event::Text(_) | Event::PointerButton { .. } => {
                        self.alone = false;
                    }
                    _ => {}
                }
            }
            if released_alone || i.consume_key(Modifiers::NONE, Key::F10) {
                return Some(KeyAsk::OpenMenu);
            }
            // The digit key by its place on the keyboard when the system says it: on a French
            // (AZERTY) keyboard Ctrl and the « 1 » key give « & », not 1 (Shift may be held).
            let digit = i.events.iter().position(|e| match e {
                Event::Key {
                    key,
                    physical_key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    modifiers.command
                        && !modifiers.alt
                        && physical_key.or(Some(*key)).is_some_and(is_digit)
                }
                _ => false,
            })?;
            let Event::Key {
                key, physical_key, ..
            } = i.events.remove(digit)
            else {
                return None;
            };
            let pressed = physical_key.unwrap_or(key);
            Section::all()
                .filter(|_| dossier_open)
                .chain([Section::Dashboard])
                .find(|s| s.shortcut().is_some_and(|sc| sc.logical_key == pressed))
                .map(KeyAsk::Section)
        })
    }
}
