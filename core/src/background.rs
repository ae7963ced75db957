//! Where a person stands today and in which field: two optional questions at the start of the
//! quiz. They never enter the scores; they shape the 30/60/90-day plan (which steps test the
//! move the person is weighing) and which technical roles are offered first.

/// What the person does today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Hands-on engineering work.
    HandsOn,
    /// Leading a team while still hands-on.
    LeadingHandsOn,
    /// Managing people.
    Managing,
    /// Studying or starting out.
    Studying,
}

impl Position {
    /// Every position, in the order offered.
    pub const ALL: [Position; 4] = [
        Position::HandsOn,
        Position::LeadingHandsOn,
        Position::Managing,
        Position::Studying,
    ];

    /// The identifier used in stored data and links.
    pub fn slug(self) -> &'static str {
        match self {
            Position::HandsOn => "hands-on",
            Position::LeadingHandsOn => "leading-hands-on",
            Position::Managing => "managing",
            Position::Studying => "studying",
        }
    }

    /// Parses [`Position::slug`] back.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The position a plan assumes when the person did not say: hands-on work, the most
    /// common place to stand at this crossroads.
    pub const ASSUMED: Position = Position::HandsOn;
}

/// The person's engineering field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Mechanical,
    Civil,
    Chemical,
    Electrical,
    Software,
    Systems,
    Other,
}

impl Field {
    /// Every field, in the order offered.
    pub const ALL: [Field; 7] = [
        Field::Mechanical,
        Field::Civil,
        Field::Chemical,
        Field::Electrical,
        Field::Software,
        Field::Systems,
        Field::Other,
    ];

    /// The identifier used in stored data and links.
    pub fn slug(self) -> &'static str {
        match self {
            Field::Mechanical => "mechanical",
            Field::Civil => "civil",
            Field::Chemical => "chemical",
            Field::Electrical => "electrical",
            Field::Software => "software",
            Field::Systems => "systems",
            Field::Other => "other",
        }
    }

    /// Parses [`Field::slug`] back.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.slug() == slug)
    }

    /// The slug of this field's own technical role, if the roles include one.
    pub fn own_role(self) -> Option<&'static str> {
        match self {
            Field::Mechanical => Some("mechanical-engineer"),
            Field::Civil => Some("civil-engineer"),
            Field::Chemical => Some("chemical-engineer"),
            Field::Electrical => Some("electrical-engineer"),
            Field::Software => Some("software-engineer"),
            Field::Systems => Some("systems-architect"),
            Field::Other => None,
        }
    }
}

/// The two optional answers; `None` where the person has not said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Background {
    pub position: Option<Position>,
    pub field: Option<Field>,
}

impl Background {
    /// Whether neither was answered.
    pub fn is_empty(&self) -> bool {
        self.position.is_none() && self.field.is_none()
    }

    /// The position a plan is built for: the one given, else [`Position::ASSUMED`].
    pub fn position_or_assumed(&self) -> Position {
        self.position.unwrap_or(Position::ASSUMED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_every_named_field_has_its_role() {
        for p in Position::ALL {
            assert_eq!(Position::from_slug(p.slug()), Some(p));
        }
        for f in Field::ALL {
            assert_eq!(Field::from_slug(f.slug()), Some(f));
            if let Some(slug) = f.own_role() {
                let role = crate::role(slug).expect("a role of the content");
                assert_eq!(role.track, crate::TrackKind::Technical, "{slug}");
            }
        }
        assert_eq!(Position::from_slug("boss"), None);
        assert_eq!(
            Background::default().position_or_assumed(),
            Position::HandsOn
        );
    }
}
