import type { JourneySlug, JourneyText } from "./journeys";

export const JOURNEY_TEXTS_EN: Record<JourneySlug, JourneyText> = {
  "osoba-starsza": {
    title: "I am looking for help for an older person",
    description:
      "What help an older person can get in the Podlaskie region: care at home, a day care home, meals, transport, respite for the carer — and where to ask for it.",
    intro: [
      "An older person who can no longer manage everyday tasks alone can get help at home (care services), a place in a day care home or a senior club, meals, transport or telecare.",
      "A family that looks after a relative every day can use respite care: someone else takes over the care for a few hours or days.",
      "Care services are requested from the social assistance centre (OPS; often called GOPS in rural municipalities and MOPS in towns) of the municipality where the older person lives. The person, a relative or a neighbour can ask, and a social worker will visit the home to talk about what is needed.",
      "Some services are free, others are paid according to income — the social assistance centre sets the amount. For each service below we say what it costs and how to apply.",
    ],
    audience: "for older people and people who need support in daily life",
  },
  "osoba-z-niepelnosprawnoscia": {
    title: "I am looking for help for a person with a disability",
    description:
      "What help a person with a disability can get in the Podlaskie region: personal assistance, care at home, community self-help homes, occupational therapy workshops, transport, work — and where to ask for it.",
    intro: [
      "A person with a disability can get help at home (specialist care services, personal assistance), activities in a community self-help home (ŚDS) or an occupational therapy workshop (WTZ), door-to-door transport and help in finding work.",
      "Help at home and a place in a ŚDS are requested from the social assistance centre of your municipality (OPS, GOPS or MOPS). It is enough to call or come in — a social worker will help you fill in the application.",
      "Funding for a rehabilitation stay, equipment or removing barriers at home (from PFRON) is granted by the county family support centre (PCPR), and in a city with county rights by the municipal social assistance centre.",
      "Many of these services are free or paid according to income. For each service below we say what it costs and how to apply.",
    ],
    audience: "for people with disabilities",
  },
  "rodzina-w-kryzysie": {
    title: "I am looking for help for a family in crisis",
    description:
      "Where a family in a difficult situation can find help in the Podlaskie region: a family assistant, counselling, crisis intervention, help with violence.",
    intro: [
      "A family going through a hard time — problems with bringing up children, violence, addiction, loss of a job or a home — can get help: a talk with a psychologist, a lawyer or a therapist, support from a family assistant or crisis intervention.",
      "The easiest start is the social assistance centre of your municipality (OPS, GOPS or MOPS): a social worker will help assess the situation and arrange support, including a family assistant.",
      "Specialist counselling and crisis intervention are also provided by the county family support centre (PCPR) or a crisis intervention centre in the county.",
      "Counselling and crisis intervention are free, whatever your income. If someone is in danger, call the emergency number 112.",
    ],
    audience: "for families with children and people experiencing violence",
  },
};
