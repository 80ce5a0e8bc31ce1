"""Why each submodel constant of ``buurtsim.model`` has its value: the reasoning column of the
constants table in ``docs/odd.md`` (:func:`.odd_tables.constants_table_markdown`).

The code comment beside a constant says what it means; this says where its value comes from.
"""

#: why each submodel constant has its value (the code comment says what it means)
CONSTANT_REASONS: dict[str, str] = {
    # outreach.py
    "CIVIC_WEIGHT": "assumption: civic propensity is the strongest personal driver of joining; "
    "going from 0 to 1 multiplies the odds by about 20",
    "TIME_WEIGHT": "assumption: free time helps, but less than civic propensity; the effect "
    "is three quarters reached at 6 h a week and saturates above about 12 h",
    "LATE_JOIN": "assumption: few residents join after the kick-off; the evening is the door",
    "CORE_SHIFT": "assumption: about one in ten kick-off participants joins the working group "
    "(35 at the kick-off, about 10 in the sessions [9, 10])",
    "ISOLATED_LETTER": "assumption: isolated residents notice a letter less often",
    "RECRUIT_HOURS": "assumption: a visit and a follow-up call per candidate",
    "CORE_PER_STREET": "METHOD.md: every street was represented at the kick-off [9]; one "
    "ambassador per street is the simplest reading",
    "EVENING_HOURS": "assumption: an evening to prepare and an evening to hold; METHOD.md step 4 "
    "names the info evening [5] but not its cost",
    "EVENING_WEEKS_BEFORE": "assumption: the evening announces the kick-off a week ahead",
    "LETTER_WEEKS_BEFORE": "assumption: a letter about three weeks ahead; the date is unknown",
    # ideas.py
    "MERGE_IDEAS": "assumption: small groups at the kick-off merge similar ideas [9]",
    "NOT_PLEASANT": "assumption: most ideas aim at a nicer neighbourhood; a few do not (the "
    "criterion 'more pleasant' of Arendonk's framework [10]); the share is unknown",
    # framework.py
    "HOMEWORK_GUIDED": "assumption: with the facilitator's check, a fixable problem is mended "
    "in about two weeks of homework [10]",
    "HOMEWORK_ALONE": "assumption: without a check it takes about three times as long",
    "MIN_TREKKER_HOURS": "assumption: a lead needs at least half an hour a week",
    "CORE_IDEA": "assumption: the working group adds an idea now and then (Arendonk went from "
    "about 8 ideas to 6-7 at the decision [9, 10], so few are added)",
    # conflicts.py
    "BURDEN_RADIUS": "assumption: a bench or a petanque court bothers the houses right next to it",
    "MEDIATION_SUCCESS": "assumption: mediation can fail (issue 8, item 4); about half the "
    "sessions work for an average pair and a clear frame",
    "MEDIATION_RELIEF": "assumption: a fresh conflict (severity 0.2-0.5) is settled by one or two "
    "sessions that work",
    "HARDENING": "assumption: a failed session hardens positions a little; a quarter of a "
    "typical week's growth",
    "NATURAL_SETTLING": "assumption: a fully tolerant pair settles by itself in about half a "
    "year, an average pair in about a year; escalation is usually faster",
    "RESOLVED_BELOW": "assumption: a conflict nobody feels any more",
    "ESCALATED_AT": "scale: severity is measured so that 1 is an open quarrel",
    "SIDE_TAKING": "assumption: neighbours take sides in an open quarrel; the size is unknown",
    "STREET_CHILL": "assumption: a quarrel in the street makes neighbours avoid each other a "
    "little; conflicts were the first reported challenge [seed], their spill-over is unknown",
    "WITHDRAW_ON_ESCALATION": "assumption: an even chance that the proposers give up",
    # decision.py
    "OWN_STREET": "assumption: a project at one's own door counts for about as much as an "
    "average taste for its theme; Arendonk's tables voted by street [9]",
    "APPROVAL_BAR": "assumption: a voter approves a project elsewhere only for a theme they like "
    "at least 80% as much as an average one",
    "DECIDING_OWNERSHIP": "assumption: deciding together is a taste of ownership; METHOD.md: "
    "ownership is the active ingredient [seed]",
    # review.py
    "STRICTNESS": "assumption: a municipality with some control checks every proposal against "
    "the agreed criteria from control 0.5 up; at control 0 it checks none",
    "VETO_WORD": "assumption: a veto is news in the whole neighbourhood, a quarter of the weight "
    "it has for the idea's own supporters",
    "WAIT_WEIGHT": "assumption: each week beyond the promise is a small disappointment",
    "TREKKER_DRIFT": "assumption: a trekker waiting beyond the promise gives up in about "
    "eight months",
    # realisation.py
    "MAX_HELPERS": "assumption: small projects, a handful of helping neighbours",
    "STALL_LIMIT": "assumption: about a quarter without a lead and a project is given up",
    "RECIPROCITY_QUORUM": "assumption: conditional cooperation (public goods games, METHOD.md "
    "known ideas): helpers keep coming while at least half of them do",
    "RECIPROCITY_STEP": "assumption: willingness recovers slowly (+0.05 a week) and falls twice "
    "as fast when most helpers stay away",
    "SUPPORT_HOURS": "assumption: an hour of the facilitator's week per running project",
    "TECH_HOURS": "assumption: the technical service gives half a day a week to a running "
    "project at full support [15]",
    "PERMIT_SPEEDUP": "assumption: permits and orders through the administration take most of "
    "the preparation; full support saves more than half of it",
    "INFEASIBLE_WORK": "assumption: an over-ambitious project is 2-3 times the realistic one "
    "(the cost factor of ideas.py)",
    "INFEASIBLE_FAIL": "assumption: without support an infeasible project fails within about "
    "ten weeks of work",
    "UNWANTED_BURDEN": "assumption: an unwanted or unsafe project bothers its neighbours three "
    "times as often as a wanted one",
    "WRONG_STREET": "assumption: the street weighs money that went wrong half as much as a veto "
    "of its own idea",
    "WRONG_WORD": "assumption: word of it reaches the rest of the neighbourhood, weaker",
    "DISCOURAGED": "assumption: conditional cooperation (Fischbacher, Gächter and Fehr 2001): "
    "others' abuse of the common pot lowers one's own contribution; the size is assumed",
    "CAPTURED_REACH": "assumption: a personal-purpose project serves a few residents "
    "(Balen's criterion [14]); a fifth of a normal reach",
    # upkeep.py
    "KEEPER_LEAVE": "assumption: a maker with the ownership typical at the end of a run (about "
    "0.65) keeps it up for about a year and a half on average; one with none for about ten "
    "months",
    "DECAY": "assumption: without upkeep an initiative is gone in about five months",
    "REPAIR": "assumption: upkeep restores a worn initiative in a few months",
    "DECAYED_BELOW": "assumption: below a fifth of its condition nobody uses it any more",
    "SUSTAINED_FROM": "assumption: at least half its condition counts as kept up",
    "SUPPORT_UPKEEP": "assumption: 'process support is needed' [15]: full support matters about "
    "as much as a maintenance agreement (1.5)",
    "MUNICIPAL_UPKEEP": "assumption: at full support the technical service does the upkeep about "
    "every other week that the residents do not",
    "ONGOING_BURDEN": "assumption: an unwanted project keeps bothering its neighbours, rarely "
    "enough to open a conflict",
    "HEAVY_REPAIR": "assumption: a bench, a planter or a garden needs a repair beyond the "
    "volunteers' hands about once in eight months; community-based initiatives last where "
    "government backs them up (Igalla, Edelenbos and van Meerkerk 2020)",
    "REPAIR_ALONE": "assumption: without the technical service, residents get such a repair "
    "done (a handy neighbour, their own money) in about eight months",
    # wellbeing.py
    "SAME_STREET_MEET": "assumption: most chance meetings happen in one's own street; ties "
    "form mostly by proximity (issue 2)",
    "ISOLATED_MEET": "assumption: isolation means fewer outings (issue 8, item 7); the same "
    "factor as the ties of an isolated resident",
    "MEET_GAIN": "assumption: one talk moves a tie 15% of the way to a strong tie",
    "TIE_DECAY": "assumption: what one meeting adds above the habit (about 0.1) fades in about "
    "a year without contact",
    "SUPPORT_SCALE": "assumption: two strong ties give about two thirds of full support",
    "LONELINESS_SPEED": "assumption: loneliness follows support with a lag of about ten weeks",
    "LONELY_FROM": "assumption: the middle of the 0-1 scale",
    "OWNERSHIP_GROWTH": "assumption: a year of taking part, expecting an even say, adds about "
    "0.4 of the distance to full ownership; ownership grows with felt control over the target "
    "(Pierce, Kostova and Dirks 2001)",
    "ACTIVE_WINDOW": "assumption: two months without taking part and a resident is no longer "
    "active; 26 active residents in Arendonk against 35 at the kick-off [7, 9]",
    # trust.py
    "TRUST_STEP": "assumption: a full surprise of weight 1 moves trust by a tenth of its scale",
    "EXPECT_LEARNING": "assumption: about three experiences bring the expectation most of the "
    "way to what happens (learned participation propensity, DemocracySim, METHOD.md)",
    "NEUTRAL_EXPECTATION": "assumption: the middle of the scale, for residents who do not take "
    "a promise at face value",
    # model.py
    "LIVEABILITY_STEP": "assumption: five green initiatives in good condition add 0.25",
    "UNWANTED_LIVEABILITY": "assumption: an unwanted project takes away as much as a wanted one "
    "adds",
    # neighbourhood.py
    "OLDER_SHARE": "assumption: about a quarter of Flemish adults are over 65",
    "SOCIAL_HOUSING_SES": "assumption: social-housing households have a clearly lower SES, "
    "which puts the area below the municipal average [8]",
    "STREET_SIZES": "assumption: the pilot streets were of roughly similar length; no street "
    "lengths were published [5, 13]",
    "STREET_CONCENTRATION": "assumption: streets differ as much as the sticker-vote prior "
    "allows [9]; no street-level data exist",
    "GROUP_LEAN": "assumption: older residents, young families and vulnerable residents lean "
    "to their themes (Olmen had more young families [8]); the size is unknown",
    "ISOLATED_TIE_FACTOR": "assumption: isolation means few ties",
    "NEIGHBOUR_REACH": "assumption: neighbours know the houses within a few doors",
    # ties.py
    "BREAK_BELOW": "assumption: a tie that weak is no longer a tie",
    "HABIT_SHARE": "assumption: neighbours who did something together greet each other from "
    "then on; a third of the gain lasts",
}
