"""The words of the demo: written for Midway, combined by a seeded random generator.

Every sentence here is our own. None comes from the founding letter or any other
real letter; a test checks that no demo sentence appears in the founding letter.
`{partner}` is replaced by the partner's name.
"""

LETTER_TITLES = (
    "About Sunday",
    "Before I forget",
    "After the dinner",
    "A small thank you",
    "What I meant this morning",
    "Thinking of you",
    "The car ride",
    "Sorry about the phone",
    "Our plans for the weekend",
    "Something I noticed",
    "Back from the walk",
    "On tiredness",
    "Rain and tea",
    "Before your trip",
    "The kitchen argument",
    "",
)

OPENINGS = (
    "Dear {partner},",
    "{partner},",
    "Hi love,",
    "Good morning {partner},",
    "Hey you,",
)

APOLOGIES = (
    "I snapped at you when you asked about the keys, and that was not fair.",
    "I went quiet last night instead of telling you I was overwhelmed.",
    "I interrupted you twice while you were explaining your day, and I am sorry.",
    "I raised my voice about the dishes when what I really felt was tired.",
    "I made a joke at your expense in front of our friends, and I saw it land badly.",
    "I checked my phone while you were talking about your sister; you deserved my eyes.",
    "I promised to call at six and forgot, and I know waiting felt lonely.",
)

EXPLANATIONS = (
    "When I shut the door it was not to shut you out; I needed ten minutes to breathe.",
    "My chest gets tight when plans change at the last minute, and I react before I think.",
    "I heard criticism where you meant a suggestion, because work had already filled me with it.",
    "Sometimes I say 'fine' because I have not found the words yet, not because it is fine.",
    "The tone you heard was my tiredness, not my opinion of you.",
    "I was scared that if I said what I needed, you would feel it as a demand.",
    "It was about feeling unseen this week more than about the laundry.",
)

APPRECIATIONS = (
    "Thank you for making soup when I came home soaked.",
    "I loved how you laughed at the market today; I want more days like that.",
    "You remembered the appointment I was dreading, and that meant a lot.",
    "Thank you for staying in the room last night even though it was hard.",
    "I noticed you gave me space this morning without me asking. Thank you.",
    "The note in my bag made my whole afternoon lighter.",
    "You were patient with my mother on the phone, and I saw it.",
    "I like who we are when we walk without a plan.",
)

WISHES = (
    "Could we try a slow breakfast on Saturday, phones in the drawer?",
    "Next time I go quiet, could you ask me for a number from one to ten?",
    "I would like us to plan one evening a week that is only ours.",
    "Can we talk about money on a day when neither of us is tired?",
    "I want to get better at saying what I need before it turns into a complaint.",
    "Let's pick the next film together instead of taking turns.",
    "Could you tell me when something I say stings, even a little?",
)

CLOSINGS = (
    "I'm on your side.",
    "Love you, always.",
    "See you tonight.",
    "With a big hug.",
    "Yours.",
    "Talk soon, gently.",
)

REPLIES = (
    "Thank you for writing this. I read it twice.",
    "I didn't know it felt like that for you. I'm glad you told me.",
    "Yes to Saturday. I'll make the coffee.",
    "This helped. Can we talk about the second part tonight?",
    "I'm sorry too. I was short with you before any of it started.",
    "I hear you. Give me a little time and I'll answer properly.",
    "That made me smile on the bus.",
    "I love you. Let's keep doing this.",
)

QUESTIONS = (
    "What helps you come back after we argue?",
    "What is one thing I do that makes you feel cared for?",
    "When do you feel most like yourself with me?",
    "What would a perfect lazy Sunday look like for you?",
    "Is there something you've wanted to tell me but haven't found the moment?",
    "What do you need from me when work is heavy?",
    "Which memory of us do you go back to most?",
    "What should we do differently the next time we disagree about plans?",
    "How can I tell that you are getting overwhelmed before you say so?",
    "What is something small we could start doing every week?",
    "What does a good apology sound like to you?",
    "Where would you like us to be a year from now?",
    "What did you learn about love from your family that you want to keep?",
    "What is a worry you carry that I could help hold?",
    "What makes a hard conversation feel safe enough to start?",
)

ANSWERS = (
    "A hand on my back and a few minutes without questions.",
    "When you ask about my day and then wait for the whole answer.",
    "Cooking together with music on, no rush.",
    "Honestly, just hearing that we are okay, even before we fix anything.",
    "Tea, a blanket, and you reading next to me.",
    "Walking somewhere new and getting a little lost.",
    "Tell me you're staying, even if you need a break first.",
    "When you text me a silly picture in the middle of a long day.",
    "I think I need you to ask twice. The first time I always say I'm fine.",
    "The night we missed the last train and walked home laughing.",
    "A plan written down, so it stops spinning in my head.",
    "Less advice, more listening, at least at first.",
)

THINGS = (
    ("A ten-minute walk after dinner", "We talk more easily side by side."),
    ("Phones in the basket during meals", "So we actually look at each other."),
    ("A weekly check-in on Sunday evening", "To catch small things before they grow."),
    ("Saying 'pause' instead of leaving the room", "So a break does not feel like leaving."),
    ("One new recipe a month together", "Something fun that is only ours."),
    ("A hug before either of us leaves the house", "Small, but it sets the tone."),
    ("Writing one appreciation a day", "To notice the good as much as the hard."),
    ("No serious topics after eleven at night", "We are both worse at it when tired."),
    ("Taking turns choosing the weekend plan", "So nobody feels like the planner."),
    ("Asking 'do you want advice or a listener?'", "Because we often guess wrong."),
    ("A monthly money talk with tea", "It is less scary when it is routine."),
    ("Reading the same book and talking about it", "A gentle way to share ideas."),
)

DECLINE_NOTES = (
    "Not right now; my evenings are too full this month.",
    "I like the idea, but could we make it smaller?",
    "I don't think this one is for me. Can we find another?",
)

REVIEW_NOTES = {
    "kept": ("This works. Let's keep it.", "Better than I expected.", "Yes, keep it."),
    "adjusted": ("Good, but every other week is enough.", "Let's keep it shorter."),
    "dropped": ("It felt forced for both of us.", "We tried; it wasn't us."),
}

PHRASES = (
    (
        "Do whatever you want.",
        "I don't care what you do.",
        "I feel left out of the decision and I'm giving up on being asked.",
    ),
    (
        "I'm fine.",
        "Everything is okay and you can stop asking.",
        "I am not ready to talk yet, but please stay close.",
    ),
    (
        "You always do this.",
        "You are always like this, and you never change.",
        "This has happened before and I am scared it will keep happening.",
    ),
    (
        "I need some space.",
        "I would rather be anywhere but with you.",
        "My head is too loud; give me twenty minutes and I will come back.",
    ),
    (
        "Forget it.",
        "It doesn't matter.",
        "It matters, but I don't believe I can explain it well right now.",
    ),
    (
        "Why are you like this?",
        "Something is wrong with you.",
        "I don't understand what is happening and it frightens me.",
    ),
    (
        "We never go out anymore.",
        "You are boring and I am unhappy with us.",
        "I miss the version of us that made plans, and I want to bring it back.",
    ),
)

REQUESTS = (
    "Ask me again in an hour.",
    "Sit with me for a minute before we talk.",
    "Tell me one thing you understood.",
    "Remind me that we are on the same team.",
    "Let's plan one evening out this month.",
    "",
)

COMMENTS = (
    "Thank you, this helps me next time.",
    "Can I ask what the first sign is, so I notice it sooner?",
    "I didn't know that. I'll try to remember.",
    "What could I say in that moment that would help?",
)

COMMENT_REPLIES = (
    "The first sign is usually that I go quiet and start tidying.",
    "Just asking if I want tea is enough.",
    "Thank you for asking instead of guessing.",
)

CHECKIN_NOTES = (
    "Slept badly, but the morning was kind.",
    "Long day at work. Home and quiet now.",
    "Feeling lighter after our talk.",
    "Headache most of the day.",
    "Good run this morning.",
    "A bit anxious about tomorrow's meeting.",
    "Lovely dinner. Grateful.",
    "Low energy, nothing wrong.",
    "Missed you at lunch.",
    "Tired but hopeful.",
)

MOODS = ("😊", "😌", "🥰", "😄", "🤩", "🥺", "🤔", "😐", "😴", "😕", "😟", "😰", "😢", "😠", "🤯")
