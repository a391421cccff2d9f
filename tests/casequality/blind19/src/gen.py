# Generates texts/*.txt deterministically (seeded) from hand-written fragments.
import os
import random

random.seed(19)
D = os.path.join(os.path.dirname(__file__), "..", "texts")
# (text, no_owner, no_time, not_measurable)
A = [
    (
        "Social worker (Priya Kaur) to complete viability assessment of maternal aunt Rosa Lynch by 14/03/2027, with written recommendation to permanence panel.",
        0,
        0,
        0,
    ),
    (
        "Carer Mrs Okafor to take Tyler to Dr Hanley for annual health assessment by end of April 2027; outcome recorded on Eclipse.",
        0,
        0,
        0,
    ),
    ("Continue to support Jayden with his emotional wellbeing.", 1, 1, 1),
    ("SW to monitor contact as needed.", 0, 1, 1),
    (
        "YOT worker Dan Price to visit Kieran at HMYOI Wetherby fortnightly and record attendance at education on the custody plan.",
        0,
        0,
        0,
    ),
    (
        "Transitions worker (Adult Social Care, L. Bright) to complete Care Act assessment by 30/06/2027 so Mia has an agreed adult support package before her 18th birthday.",
        0,
        0,
        0,
    ),
    (
        "Designated teacher Mr Shah to arrange reintegration meeting by 10 Feb 2027; target: Ellie attends full timetable 5 days a week by half term.",
        0,
        0,
        0,
    ),
    ("Referral to CAMHS to be made by 01/02/2027 and acceptance confirmed in writing.", 1, 0, 0),
    ("Foster carer to promote Aaliyah's identity.", 0, 1, 1),
    ("Life story book to be completed.", 1, 1, 0),
    (
        "PA Sam Jones to help Leon open a bank account and apply for provisional licence by 31 May 2027; copies of documents seen.",
        0,
        0,
        0,
    ),
    ("Grandparents to continue to provide good care.", 0, 1, 1),
    (
        "Connected persons assessment (Form C) of Mr and Mrs Birch to be completed by fostering SW Claire Dunn by 20/04/2027 and presented to fostering panel in May.",
        0,
        0,
        0,
    ),
    ("Keep an eye on school attendance.", 1, 1, 1),
    ("IRO to review progress at next LAC review on 12/06/2027.", 0, 0, 1),
    ("Ensure sibling contact happens.", 1, 1, 0),
    (
        "Supervising social worker to visit carers monthly and complete carer review by 30 Sept 2027.",
        0,
        0,
        0,
    ),
    (
        "Mum to attend 3 of 4 supervised contact sessions at Brookfield Family Centre each month for the next 3 months; attendance logged by contact worker.",
        0,
        0,
        0,
    ),
    ("Work on Callum's independence skills.", 1, 1, 1),
    (
        "SENCO Mrs Ahmed to apply for EHCP needs assessment by 15 March 2027 and evidence submission to LA SEN team.",
        0,
        0,
        0,
    ),
    ("Advocacy to be offered.", 1, 1, 0),
    ("Youth Justice worker to support Kieran with his remand and keep him informed.", 0, 1, 1),
    (
        "SW Tom Ridley to complete Placement Order application and file court bundle by 05/05/2027.",
        0,
        0,
        0,
    ),
    (
        "School to provide 1:1 maths tuition, 2 x 1hr per week from 06/01/2027; aim: move from working towards to secure grade 4 in mock.",
        0,
        0,
        0,
    ),
    ("Carers to encourage Ruby to join a club.", 0, 1, 0),
    ("Mia to be supported with her transition to adult services.", 1, 1, 1),
    (
        "By 28/02/2027 the team manager will confirm funding for the residential college placement and inform Mia and her parents in writing.",
        0,
        0,
        0,
    ),
    ("Explore fostering for adoption options.", 1, 1, 1),
    (
        "Adoption SW Nadia Fox to match baby Ava with FfA carers Mr & Mrs Gill by 10/01/2027; Ava placed on discharge from hospital.",
        0,
        0,
        0,
    ),
    (
        "Health visitor to complete developmental check at 9 months (due 22/03/2027) and share outcome with SW.",
        0,
        0,
        0,
    ),
    ("Monitor.", 1, 1, 1),
    ("Sister's contact to be reviewed.", 1, 1, 1),
    (
        "Carer to attend Therapeutic Parenting course on 4 consecutive Tuesdays starting 17/01/2027; certificate to be placed on file.",
        0,
        0,
        0,
    ),
    ("Virtual School officer to check PEP funding spend by end of term.", 0, 0, 1),
    ("Jordan to keep attending college.", 0, 1, 1),
    (
        "SW to complete direct work sessions with Logan about why he is in care, 4 sessions by 31/03/2027, using his workbook, with Logan's drawings kept for his life story.",
        0,
        0,
        0,
    ),
    ("Team to liaise with housing.", 1, 1, 1),
    (
        "PA to check in with Shannon weekly by text and log contact; Shannon to have registered with a GP near her flat by 15/02/2027.",
        0,
        0,
        0,
    ),
    ("Apply for passport asap.", 1, 1, 0),
    ("Custody caseworker and SW to ensure resettlement plan is in place.", 0, 1, 1),
]
random.shuffle(A)
names = [
    ("Tyler", "he"),
    ("Ruby", "she"),
    ("Kieran", "he"),
    ("Mia", "she"),
    ("Jayden", "he"),
    ("Ellie", "she"),
    ("Leon", "he"),
    ("Aaliyah", "she"),
    ("Callum", "he"),
    ("Shannon", "she"),
    ("Logan", "he"),
    ("Jordan", "he"),
    ("Ava", "she"),
    ("Frankie", "she"),
    ("Oscar", "he"),
    ("Keeley", "she"),
    ("Reece", "he"),
    ("Lily-Mae", "she"),
    ("Harvey", "he"),
    ("Amira", "she"),
]
VOICE = [
    '{n} told me: "I want to stay with Nan, she gets me."',
    "In the consultation form {n} wrote that {p} would like more contact with {p2} brother.",
    '{n} attended part of the meeting and said {p} doesn\'t like the new school "because no one talks to me".',
    "Child's view: \"I'm fine here. I want to do mechanics at college.\"",
    "{n} chose to give {p2} views through {p2} advocate: wants to see mum every week, not every month.",
    'Wishes and feelings: {n} said {p} feels "safe now" and asked if {p} can keep the dog.',
    "{n} helped write this section. {p} said {p} wants to be called {n} not by {p2} full name in reports.",
]
NOVOICE = [
    "{n} is a lovely young person who is settled in placement.",
    "{n} presents as happy and is doing well.",
    "{n} is too young to express a view.",
    "It is felt {n} would benefit from stability.",
    "Carers report {n} is settled.",
]


def f(s, n, p):
    return s.format(n=n, p=p, p2="his" if p == "he" else "her")


def fmt_actions(acts, style):
    out = []
    if style == "eclipse":
        for i, a in enumerate(acts):
            t = a[0]
            out.append(
                f"Outcome {i + 1}: {random.choice(['Safe and stable home', 'Health needs met', 'Education progress', 'Family relationships', 'Identity and belonging', 'Preparation for adulthood'])}\nWhat will be done: {t}\nBy whom: {'' if a[1] else 'named in action'}\nBy when: {'' if a[2] else 'per action'}\nHow will we know: {'' if a[3] else 'per action'}\n"
            )
    elif style == "num":
        out = [f"{i + 1}. {a[0]}" for i, a in enumerate(acts)]
    elif style == "bul":
        out = [f"- {a[0]}" for a in acts]
    else:
        out = [
            " ".join(
                f"{w} {a[0][0].lower() + a[0][1:]}"
                for w, a in zip(
                    ["Firstly,", "Next,", "Also,", "Then,", "Finally,", "Additionally,"],
                    acts,
                    strict=False,
                )
            )
        ]
    return "\n".join(out)


def labels(acts):
    L = []
    for i, a in enumerate(acts):
        if a[1]:
            L.append(f"O{i}")
        if a[2]:
            L.append(f"T{i}")
        if a[3]:
            L.append(f"M{i}")
    return L


docs = []
# actions: 40
for a in A:
    docs.append(("action", [x + "0" for x, b in zip("OTM", a[1:], strict=False) if b], a[0]))


def pick(k, good):
    pool = [a for a in A if not any(a[1:])] if good else A
    return random.sample(pool, k)


CONT = [
    "Contingency plan: if the assessment of {n}'s aunt is negative, {n} will remain with current foster carers under long-term fostering, to be ratified by panel.",
    "Parallel plan: adoption, if reunification with mum is not achievable within {n}'s timescales (review at 26 weeks).",
    "Contingency: should placement break down, a matched placement will be sought via the in-house fostering team and {n}'s views sought first.",
    "Plan B - SGO to grandparents if return home fails at reunification review.",
]


def plan(kind, i):
    n, p = random.choice(names)
    good = random.random() < 0.38
    k = random.randint(2, 5)
    acts = pick(k, good)
    voice = good or random.random() < 0.55
    style = random.choice(["eclipse", "num", "bul", "num", "eclipse"])
    head = {
        "care_plan": random.choice(
            [
                "CARE PLAN (Eclipse) - Ashcombe County Council",
                "Care Plan - Permanence",
                "Kinship / Connected Persons Care Plan",
                "CLA Care Plan review update",
            ]
        ),
        "pathway_plan": "Pathway Plan - Leaving Care Service",
        "pep": random.choice(
            ["Personal Education Plan (PEP) - Secondary", "PEP Term 2 - Virtual School"]
        ),
    }[kind]
    body = [
        head,
        f"Child/YP: {n}  DOB: {random.randint(1, 28):02d}/{random.randint(1, 12):02d}/20{random.randint(9, 14):02d}",
    ]
    if kind == "pep":
        body.append(
            f"Exclusions: {random.choice(['2 fixed term (5 days) this term', '1 permanent exclusion, now at PRU', 'none this term'])}. Attendance {random.randint(61, 97)}%."
        )
    body.append(f(random.choice(VOICE if voice else NOVOICE), n, p))
    body.append("Actions:" if style != "eclipse" else "Plan outcomes")
    body.append(fmt_actions(acts, style))
    L = labels(acts)
    if kind == "care_plan":
        cont = good or random.random() < 0.6
        if cont:
            body.append(f(random.choice(CONT), n, p))
        else:
            L.append("C")
            body.append(
                random.choice(["Contingency: N/A", "Permanence plan: long-term fostering.", ""])
            )
    if not voice:
        L.append("V")
    return kind, L, "\n".join(b for b in body if b)


for k, c in [("care_plan", 35), ("pathway_plan", 20), ("pep", 20)]:
    for i in range(c):
        docs.append(plan(k, i))
# oversight 35
OG = [
    "TM oversight: Agreed to proceed to PLO pre-proceedings because Ava's mother has not engaged with 3 of 4 drug tests and risk has increased. Letter before proceedings by 20/01.",
    "HoS decision: approve residential college funding - Mia's EHCP and OT evidence show needs cannot be met locally.",
    "Team manager: I have read the viability assessment. Decision: progress to full connected persons assessment of the Birches as they have a strong bond with Reece and no safeguarding concerns were found.",
    "Management oversight - remand: Kieran to remain LAC under remand; YOT and SW to coordinate because he will be placed 90 miles away and needs weekly contact with family.",
    "Decision not to progress FfA for baby Oscar: the parallel assessment of father is positive so placement with father's family is the least interventionist option.",
    "Oversight: Case to step down to CIN at next review given 6 months of stability and mum's completion of the parenting programme.",
]
OB = [
    "Noted. Agree.",
    "Seen.",
    "Case discussed with SW. Plan agreed.",
    "TM oversight - read and noted, thank you.",
    "I agree with the recommendation.",
    "Management oversight completed.",
    "Discussed in supervision. Continue with plan.",
    "Approved.",
    "Head of Service: reviewed file. Satisfied.",
    "Noted the incident on 14/12. SW aware.",
]
for i in range(35):
    if i % 2 == 0:
        docs.append(("oversight", [], random.choice(OG)))
    else:
        docs.append(("oversight", ["R"], random.choice(OB)))
# reviews 25
RG = [
    'IRO REVIEW RECORD\n{n} chaired part of {p2} own review. {p} said: "I want to stay here till I\'m 18." Recommendations: SW to update care plan; carers to continue.',
    "Dear {n}, it was nice to see you at your review. You told me you really like your new room and you want to see your little brother more. I have asked your social worker to sort this out.",
    "Review of remand placement. {n} spoke with IRO before the meeting via video from custody and said he wants to go back to college when released.",
    "Transition review. {n} used her communication book to show she wants to live with friends when she is older and likes swimming.",
]
RB = [
    "IRO REVIEW RECORD\nPresent: SW, carers, school. {n} is settled and doing well. Plan endorsed.",
    "Review minutes. {n} did not attend. Carers report all going well. Next review in 6 months.",
    "Dear {n}, your review went well. Everyone says you are doing great. See you next time!",
    "Second review. Placement stable. Health assessment up to date. Recommendations to continue.",
]
for i in range(25):
    n, p = random.choice(names)
    g = i % 2 == 0
    docs.append(("review", [] if g else ["V"], f(random.choice(RG if g else RB), n, p)))
# supervision 20
for i in range(20):
    prevk = random.sample(A, 3)
    acts = random.sample(A, random.randint(2, 4))
    has_prev = i < 16
    rep = []
    if has_prev and random.random() < 0.5:
        j = random.randrange(len(acts))
        acts[j] = prevk[0]
        rep = [j]
    L = labels(acts) + ([f"S{j}" for j, a in enumerate(acts) if a in prevk] if has_prev else [])
    style = random.choice(["num", "prose", "num", "bul"])
    t = (
        f"Supervision - {random.choice(['Hollin Valley', 'Market Rising', 'Eastfield'])} CLA Team\nDiscussed caseload; reflective discussion on {random.choice(['kinship assessments', 'custody visits', 'transitions to adult services'])}.\nActions:\n"
        + fmt_actions(acts, style)
    )
    if has_prev:
        t += "\n--- previous\nSupervision - previous session\nActions:\n" + fmt_actions(
            prevk, "num"
        )
    docs.append(("supervision", L, t))
for i, (k, L, t) in enumerate(docs):
    open(os.path.join(D, f"{i:03d}_{k}.txt"), "w").write(f"=== {k} | {' '.join(L)}\n{t}\n")
