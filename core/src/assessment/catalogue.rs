//! The vocabulary of the published instruments (Lethality Screen, DA-5, strangulation,
//! HARK, the four types of violence of Law 30364) and the questions, worded by us, that
//! map to it.

use serde::{Serialize, Serializer};

/// The 11 Lethality Screen items, in the order of the reference file (`LS1`…`LS11`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lethality {
    /// Used a weapon against her, or threatened her with one. Decisive alone.
    Weapon,
    /// Threatened to kill her or her children. Decisive alone.
    ThreatToKill,
    /// She thinks he or she might try to kill her. Decisive alone.
    MightKill,
    /// Has a gun or can easily get one.
    Gun,
    /// Has tried to choke or strangle her.
    Strangled,
    /// Violently or constantly jealous, or controls most of her daily activities.
    JealousOrControlling,
    /// She left or separated after living together or being married.
    Separated,
    /// Is unemployed.
    Unemployed,
    /// Has tried, or threatened, to kill himself or herself.
    Suicide,
    /// She has a child that he or she knows is not theirs.
    ChildNotTheirs,
    /// Follows or spies on her, or leaves threatening messages.
    Stalking,
}

/// The 5 DA-5 items, in the order of the reference file (`DA5-1`…`DA5-5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Da5 {
    /// Physical violence grew more frequent or more severe in the past 6 months.
    Escalation,
    /// Used a weapon against her or threatened her with one.
    Weapon,
    /// She believes he or she is capable of killing her.
    CapableOfKilling,
    /// Beat her while she was pregnant.
    BeatenPregnant,
    /// Violently and constantly jealous.
    Jealous,
}

/// The 4 HARK items (last year, by a partner or ex-partner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Hark {
    /// Humiliated or emotionally abused.
    Humiliated,
    /// Afraid of the partner or ex-partner.
    Afraid,
    /// Raped or forced into sexual activity.
    Raped,
    /// Kicked, hit, slapped or otherwise physically hurt.
    Kicked,
}

/// The four types of violence named by Peru's Law 30364.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolenceType {
    /// Harm to the body or health.
    Physical,
    /// Humiliation, insults, threats, control, isolation.
    Psychological,
    /// Sexual acts without consent, including within a couple.
    Sexual,
    /// Economic or patrimonial: control of money, work, belongings or documents.
    Economic,
}

impl ViolenceType {
    pub const ALL: [ViolenceType; 4] =
        [ViolenceType::Physical, ViolenceType::Psychological, ViolenceType::Sexual, ViolenceType::Economic];
}

/// One item of the fixed vocabulary the questions are mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// A Lethality Screen item.
    Ls(Lethality),
    /// A DA-5 item.
    Da5(Da5),
    /// Tried to choke or strangle her: the item Messing et al. 2017 recommend for the DA-5.
    Strangulation,
    /// A HARK item.
    Hark(Hark),
    /// One of the four types of violence of Law 30364.
    Type(ViolenceType),
}

/// Which part of the assessment a question belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// "Is what I am living violence?": naming it. Never changes the danger level.
    Recognition,
    /// "How dangerous is it?": the screening rules.
    Danger,
}

impl Item {
    /// Every item of the vocabulary, in code order.
    pub const ALL: [Item; 25] = {
        use Lethality as L;
        [
            Item::Ls(L::Weapon),
            Item::Ls(L::ThreatToKill),
            Item::Ls(L::MightKill),
            Item::Ls(L::Gun),
            Item::Ls(L::Strangled),
            Item::Ls(L::JealousOrControlling),
            Item::Ls(L::Separated),
            Item::Ls(L::Unemployed),
            Item::Ls(L::Suicide),
            Item::Ls(L::ChildNotTheirs),
            Item::Ls(L::Stalking),
            Item::Da5(Da5::Escalation),
            Item::Da5(Da5::Weapon),
            Item::Da5(Da5::CapableOfKilling),
            Item::Da5(Da5::BeatenPregnant),
            Item::Da5(Da5::Jealous),
            Item::Strangulation,
            Item::Hark(Hark::Humiliated),
            Item::Hark(Hark::Afraid),
            Item::Hark(Hark::Raped),
            Item::Hark(Hark::Kicked),
            Item::Type(ViolenceType::Physical),
            Item::Type(ViolenceType::Psychological),
            Item::Type(ViolenceType::Sexual),
            Item::Type(ViolenceType::Economic),
        ]
    };

    /// The stable code used in the JSON and in docs/RISK.md (`LS1`, `DA5-3`, `HARK-A`…).
    pub fn code(self) -> &'static str {
        use Lethality as L;
        match self {
            Item::Ls(L::Weapon) => "LS1",
            Item::Ls(L::ThreatToKill) => "LS2",
            Item::Ls(L::MightKill) => "LS3",
            Item::Ls(L::Gun) => "LS4",
            Item::Ls(L::Strangled) => "LS5",
            Item::Ls(L::JealousOrControlling) => "LS6",
            Item::Ls(L::Separated) => "LS7",
            Item::Ls(L::Unemployed) => "LS8",
            Item::Ls(L::Suicide) => "LS9",
            Item::Ls(L::ChildNotTheirs) => "LS10",
            Item::Ls(L::Stalking) => "LS11",
            Item::Da5(Da5::Escalation) => "DA5-1",
            Item::Da5(Da5::Weapon) => "DA5-2",
            Item::Da5(Da5::CapableOfKilling) => "DA5-3",
            Item::Da5(Da5::BeatenPregnant) => "DA5-4",
            Item::Da5(Da5::Jealous) => "DA5-5",
            Item::Strangulation => "STRANGULATION",
            Item::Hark(Hark::Humiliated) => "HARK-H",
            Item::Hark(Hark::Afraid) => "HARK-A",
            Item::Hark(Hark::Raped) => "HARK-R",
            Item::Hark(Hark::Kicked) => "HARK-K",
            Item::Type(ViolenceType::Physical) => "TYPE-PHYSICAL",
            Item::Type(ViolenceType::Psychological) => "TYPE-PSYCHOLOGICAL",
            Item::Type(ViolenceType::Sexual) => "TYPE-SEXUAL",
            Item::Type(ViolenceType::Economic) => "TYPE-ECONOMIC",
        }
    }

    /// The part an item may be asked in: danger items decide the level, the others only name.
    pub fn part(self) -> Part {
        match self {
            Item::Ls(_) | Item::Da5(_) | Item::Strangulation => Part::Danger,
            Item::Hark(_) | Item::Type(_) => Part::Recognition,
        }
    }

    /// True for the items whose "yes" alone means [`Level::High`]: Lethality Screen items
    /// 1–3, and strangulation (our rule, see [`evaluate`]).
    pub fn decisive_alone(self) -> bool {
        matches!(
            self,
            Item::Ls(Lethality::Weapon | Lethality::ThreatToKill | Lethality::MightKill) | Item::Strangulation
        )
    }

    /// True for Lethality Screen items 4–11, which count towards the 4-or-more rule.
    pub(super) fn ls_counted(self) -> bool {
        matches!(self, Item::Ls(l) if !matches!(l, Lethality::Weapon | Lethality::ThreatToKill | Lethality::MightKill))
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// One question of the fixed catalogue. Its text is the Fluent message `assess-q-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable kebab-case id: the answer key and the stem of the Fluent message.
    pub id: &'static str,
    pub part: Part,
    /// The items a "yes" to this question is a "yes" to.
    pub covers: &'static [Item],
}

const fn q(id: &'static str, part: Part, covers: &'static [Item]) -> Question {
    Question { id, part, covers }
}

/// Every question, in the order the UI asks them. Recognition comes first so the person
/// can name what happens before being asked about danger; within the danger part the
/// questions that are decisive alone come first.
pub static QUESTIONS: &[Question] = {
    use Hark as H;
    use Lethality as L;
    use Part::{Danger, Recognition};
    use ViolenceType as T;
    &[
        q("humiliated", Recognition, &[Item::Hark(H::Humiliated), Item::Type(T::Psychological)]),
        // Control and isolation are psychological violence under Law 30364, and among the
        // forms most often taken for normal, so they get a question of their own.
        q("isolated", Recognition, &[Item::Type(T::Psychological)]),
        q("afraid", Recognition, &[Item::Hark(H::Afraid)]),
        q("hurt", Recognition, &[Item::Hark(H::Kicked), Item::Type(T::Physical)]),
        q("forced-sex", Recognition, &[Item::Hark(H::Raped), Item::Type(T::Sexual)]),
        q("money", Recognition, &[Item::Type(T::Economic)]),
        q("belongings", Recognition, &[Item::Type(T::Economic)]),
        // LS1 and DA5-2 are the same question in both instruments.
        q("weapon", Danger, &[Item::Ls(L::Weapon), Item::Da5(Da5::Weapon)]),
        q("threat-kill", Danger, &[Item::Ls(L::ThreatToKill)]),
        q("might-kill", Danger, &[Item::Ls(L::MightKill)]),
        // Not merged with might-kill: "capable of killing" (DA-5) is not "might try to
        // kill" (Lethality Screen, decisive alone), and merging would change both rules.
        q("capable-kill", Danger, &[Item::Da5(Da5::CapableOfKilling)]),
        q("strangled", Danger, &[Item::Ls(L::Strangled), Item::Strangulation]),
        q("gun", Danger, &[Item::Ls(L::Gun)]),
        q("worse", Danger, &[Item::Da5(Da5::Escalation)]),
        q("beaten-pregnant", Danger, &[Item::Da5(Da5::BeatenPregnant)]),
        // "Violently AND constantly jealous" (DA-5) implies "violently OR constantly
        // jealous" (LS6), so a yes here is a yes to both; a no here says nothing of LS6,
        // which is why jealous-control asks LS6 in full.
        q("jealous-violent", Danger, &[Item::Da5(Da5::Jealous), Item::Ls(L::JealousOrControlling)]),
        q("jealous-control", Danger, &[Item::Ls(L::JealousOrControlling)]),
        q("separated", Danger, &[Item::Ls(L::Separated)]),
        q("unemployed", Danger, &[Item::Ls(L::Unemployed)]),
        q("suicide-threat", Danger, &[Item::Ls(L::Suicide)]),
        q("child-not-theirs", Danger, &[Item::Ls(L::ChildNotTheirs)]),
        q("stalking", Danger, &[Item::Ls(L::Stalking)]),
    ]
};

/// The question with this id, if there is one.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The questions whose "yes" is a "yes" to `item`, so the UI can go back to them.
pub fn questions_covering(item: Item) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.covers.contains(&item))
}
