"""Our own short meanings for the 78 cards: (upright, reversed), keyed by card name.

Written for Midway, in our words: warm, never fatalistic, about a person and their
relationship. A card is an invitation to reflect, not a prediction. Pure data.
"""

MEANINGS: dict[str, tuple[str, str]] = {
    # The major arcana
    "The Fool": (
        "A fresh start asks for a little trust: step in with curiosity and let the day surprise you.",
        "Leaping without looking can land on someone you love; check where your partner stands first.",
    ),
    "The Magician": (
        "You have what you need to make something good today: say it clearly, then do it with care.",
        "Words and intentions may be drifting apart; notice where you are performing rather than meaning it.",
    ),
    "The High Priestess": (
        "Listen inward before you speak; a quiet knowing has something to tell you about what you need.",
        "A feeling may be hiding even from you; name it gently before it leaks out sideways.",
    ),
    "The Empress": (
        "A day for nurture: feed yourself, rest, and let tenderness flow both ways.",
        "Giving while running on empty turns into resentment; it is all right to receive care today.",
    ),
    "The Emperor": (
        "Steady structure can feel safe: a clear plan, a kept promise, a calm boundary.",
        "Control can creep in where care was meant; ask instead of deciding for the two of you.",
    ),
    "The Hierophant": (
        "Shared rituals and values hold you up; lean on what you both believe in.",
        "Rules you inherited may not fit this relationship; you are allowed to write your own.",
    ),
    "The Lovers": (
        "A day about choosing each other, freely and honestly, with your values in the open.",
        "Something feels out of step between you; talk about what each of you really wants, without blame.",
    ),
    "The Chariot": (
        "Determination carries you forward; steer together instead of pulling in two directions.",
        "Pushing harder will not fix a wobble; pause and agree on where you are heading.",
    ),
    "Strength": (
        "Gentle courage: a soft voice and a brave heart can calm what force never could.",
        "Self-doubt is loud today; be as patient with yourself as you would be with someone you love.",
    ),
    "The Hermit": (
        "Time alone can be a gift to the relationship; come back and share what you found.",
        "Withdrawing can look like leaving; if you need space, say so, and say when you will be back.",
    ),
    "Wheel of Fortune": (
        "Things are moving; meet the change with openness and remember that seasons turn.",
        "A rough patch is a patch, not the whole story; hold on to what you can still choose.",
    ),
    "Justice": (
        "Fairness and honesty: own your part, and ask for what is fair to you too.",
        "Keeping score hurts you both; look for repair rather than a verdict.",
    ),
    "The Hanged Man": (
        "A pause shows things from a new angle; try seeing today through your partner's eyes.",
        "Waiting can turn into being stuck; one small move may free you both.",
    ),
    "Death": (
        "Something is ending so that something else can grow; let an old pattern go with thanks.",
        "Holding on to what no longer fits keeps you tired; you can let go a little at a time.",
    ),
    "Temperance": (
        "Balance and blending: meet in the middle, patiently, and let things settle.",
        "Extremes are pulling at you; rest and a slower pace may help more than a big talk.",
    ),
    "The Devil": (
        "Notice a pattern that has a hold on you; naming it is the first step out.",
        "The chains are looser than they feel; you are already starting to choose differently.",
    ),
    "The Tower": (
        "Something shaky may come down; what is true will still stand, and you can rebuild together.",
        "A change you have been avoiding is knocking; meeting it gently now spares a bigger jolt later.",
    ),
    "The Star": (
        "Hope and healing after a storm: let yourself believe that things can be good again.",
        "Hope feels far away; small kindnesses can light the way back to it.",
    ),
    "The Moon": (
        "Not everything is clear, and fears look bigger in the dark; ask before you assume.",
        "The fog is lifting; a misunderstanding can finally be talked through.",
    ),
    "The Sun": (
        "Warmth, play and openness: enjoy something simple together.",
        "Joy is there but muffled; let one small good moment count today.",
    ),
    "Judgement": (
        "A call to look back honestly, forgive what you can, and begin again.",
        "The inner critic is harsh today; reflection is meant to free you, not to punish you.",
    ),
    "The World": (
        "Something comes full circle; notice how far you have come together.",
        "Almost there: a loose end wants tying before things feel complete.",
    ),
    # Wands: spark, desire, drive
    "Ace of Wands": (
        "A spark of desire or inspiration; follow it, and share it.",
        "Energy is low or scattered; rest before you push for something new.",
    ),
    "Two of Wands": (
        "Planning what comes next; dream out loud with each other.",
        "Fear of the unknown keeps things safe but small; one question can open the map.",
    ),
    "Three of Wands": (
        "Looking ahead with confidence; what you started is beginning to grow.",
        "Plans are slower than you hoped; patience with each other keeps you steady.",
    ),
    "Four of Wands": (
        "Celebration and a feeling of home; mark a good moment together.",
        "Home may feel unsettled; a small shared ritual can bring back a sense of belonging.",
    ),
    "Five of Wands": (
        "Friction and competing wants; a disagreement can be lively without becoming a fight.",
        "A conflict you avoid may need air, or one is ending: let it end.",
    ),
    "Six of Wands": (
        "A win worth noticing; tell your partner out loud what they did well.",
        "Looking for approval outside yourself; your worth does not depend on applause.",
    ),
    "Seven of Wands": (
        "Standing up for what matters to you; firm and kind can go together.",
        "Feeling on the defensive; not every question is an attack.",
    ),
    "Eight of Wands": (
        "Things move fast and messages fly; be clear, and quick to reconnect.",
        "Rushing, or waiting on a reply; slow down and check what was really meant.",
    ),
    "Nine of Wands": (
        "Tired but still standing; you have been through a lot, and your guard makes sense.",
        "Walls built for protection can keep love out too; lower one a little.",
    ),
    "Ten of Wands": (
        "Carrying too much; ask which load can be shared or set down.",
        "You are learning to put some weight down; let someone help you with it.",
    ),
    "Page of Wands": (
        "Playful curiosity; try something new together, even something a little silly.",
        "Enthusiasm without follow-through; pick one small thing and finish it.",
    ),
    "Knight of Wands": (
        "Bold energy and passion; bring it with care so it warms rather than burns.",
        "Impatience could scorch a tender moment; breathe before you charge in.",
    ),
    "Queen of Wands": (
        "Warm confidence: you can be bright and kind at the same time.",
        "Jealousy or self-doubt may flare; reassure yourself before asking to be reassured.",
    ),
    "King of Wands": (
        "Lead with vision and generosity; inspire rather than direct.",
        "Wanting it your way; invite your partner's view into the plan.",
    ),
    # Cups: feelings, closeness
    "Ace of Cups": (
        "An open heart: new feeling, compassion or closeness is within reach today.",
        "Feelings are bottled up; let a little out somewhere safe, even on paper.",
    ),
    "Two of Cups": (
        "Two people meeting as equals; a good day to say what you love about each other.",
        "A small imbalance or misunderstanding between you; reach across it gently.",
    ),
    "Three of Cups": (
        "Friendship, laughter and company; let the people around you support you both.",
        "Too much of the outside world, or too little; find your right amount of company.",
    ),
    "Four of Cups": (
        "Withdrawn and unmoved; notice what is being offered before you turn away.",
        "Coming out of a slump; you are ready to say yes to something again.",
    ),
    "Five of Cups": (
        "Grief over what went wrong is real; when you are ready, see what is still standing.",
        "Moving from regret towards acceptance; forgiveness, of yourself too, is close.",
    ),
    "Six of Cups": (
        "Tenderness and memory; share a sweet moment from your past together.",
        "Old hurts may be colouring today; notice what belongs to then and not to now.",
    ),
    "Seven of Cups": (
        "Many options and daydreams; choose the one that is real and within reach.",
        "Clarity is coming back; you know better what you actually want.",
    ),
    "Eight of Cups": (
        "Leaving behind what no longer feeds you, to look for something deeper.",
        "Torn between staying and going; talk about what is missing before you decide.",
    ),
    "Nine of Cups": (
        "Contentment; let yourself enjoy a wish that came true.",
        "Satisfaction feels hollow; ask whether what you wanted is what you need.",
    ),
    "Ten of Cups": (
        "Emotional fullness and belonging: a home made of love.",
        "A picture-perfect ideal gets in the way; real closeness is messier, and better.",
    ),
    "Page of Cups": (
        "A tender message or a small surprise; let yourself be soft and a little open.",
        "Feeling young inside or easily hurt; look after that part of you kindly.",
    ),
    "Knight of Cups": (
        "A heartfelt gesture or offer; follow your heart with your eyes open.",
        "Moods and grand promises; steady feelings matter more than big ones.",
    ),
    "Queen of Cups": (
        "Deep empathy: you can hold another's feelings without losing your own.",
        "Soaking up everyone's moods; tend to your own heart first.",
    ),
    "King of Cups": (
        "Emotional steadiness: calm in a storm, kind and clear.",
        "Feelings pushed down to look calm; it is safe to let some of them show.",
    ),
    # Swords: thoughts, words, conflict
    "Ace of Swords": (
        "A clear thought or an honest word cuts through the fog; say it with care.",
        "Thoughts are tangled; wait to speak until you can be both true and kind.",
    ),
    "Two of Swords": (
        "A hard choice you have been avoiding; looking at it together makes it lighter.",
        "Too many opinions and too much noise; trust what you already know.",
    ),
    "Three of Swords": (
        "Heartache is here; it hurts because it matters, and shared hurt can heal.",
        "Recovering from pain; let healing take the time it needs.",
    ),
    "Four of Swords": (
        "Rest and recovery; a break is a kindness, not a retreat.",
        "Restless after resting; ease back in gently.",
    ),
    "Five of Swords": (
        "Winning an argument can cost the relationship; ask what you really want to win.",
        "Ready to make peace after a clash; the first step of repair can come from either of you.",
    ),
    "Six of Swords": (
        "Moving towards calmer water; the hardest part may be behind you.",
        "Something unfinished came along; it is all right to go back and tend to it.",
    ),
    "Seven of Swords": (
        "Something is being kept hidden; honesty, even about small things, builds safety.",
        "Coming clean feels possible now; telling the truth can be a gift.",
    ),
    "Eight of Swords": (
        "Feeling trapped by your own thoughts; the way out may be closer than it seems.",
        "The knots are loosening; you can see more choices than you could before.",
    ),
    "Nine of Swords": (
        "Worry in the night; a fear said out loud often shrinks.",
        "Anxiety is starting to lift; ask for help with what is left of it.",
    ),
    "Ten of Swords": (
        "A painful low point; from here the way leads up, and you do not have to climb alone.",
        "Recovery has begun; be gentle with what is still sore.",
    ),
    "Page of Swords": (
        "Curious and alert; ask questions to understand, not to win.",
        "Sharp words or hasty talk; check the facts and your tone before you speak.",
    ),
    "Knight of Swords": (
        "A quick mind and fast words; use them for the truth, not as a blade.",
        "Rushing into an argument; you can slow down and come back to it later.",
    ),
    "Queen of Swords": (
        "Clear-eyed honesty with compassion: boundaries spoken kindly.",
        "Coldness worn as armour; it is safe to soften a little.",
    ),
    "King of Swords": (
        "Thoughtful, fair clarity; good reasons can help you both feel heard.",
        "Being right is tempting; listen as much as you explain.",
    ),
    # Pentacles: body, home, everyday care
    "Ace of Pentacles": (
        "A new practical beginning: a plan, a home, a habit that takes care of you.",
        "A chance has not ripened yet; keep the ground ready.",
    ),
    "Two of Pentacles": (
        "Juggling many things; flexibility and humour keep you balanced.",
        "Too many things at once; put one down on purpose before one falls.",
    ),
    "Three of Pentacles": (
        "Teamwork: each of you brings different skills, and together you build something.",
        "Working against each other; agree on the plan before the details.",
    ),
    "Four of Pentacles": (
        "Holding on tight for security; notice whether it is keeping closeness out.",
        "Loosening your grip; generosity can feel safe too.",
    ),
    "Five of Pentacles": (
        "Feeling left out in the cold; help is nearer than it seems, so ask for it.",
        "Coming in from the cold; support is on its way.",
    ),
    "Six of Pentacles": (
        "Giving and receiving in balance; share what you have and accept what is offered.",
        "Giving with strings attached, or finding it hard to receive; let it flow both ways.",
    ),
    "Seven of Pentacles": (
        "Patience with slow growth; what you planted is taking root.",
        "Frustrated by slow results; check that you are tending the garden you care about.",
    ),
    "Eight of Pentacles": (
        "Care in small things; little daily efforts add up.",
        "Perfectionism or autopilot; do one thing today with real attention.",
    ),
    "Nine of Pentacles": (
        "Comfort you made yourself; enjoy what you have built.",
        "Independence can turn lonely; let someone in to share it.",
    ),
    "Ten of Pentacles": (
        "Lasting security and family: roots that hold you both.",
        "Old family patterns show up; keep what helps and leave the rest.",
    ),
    "Page of Pentacles": (
        "Willing to learn; a good day for small practical steps.",
        "Putting things off; one small task done can lift the whole day.",
    ),
    "Knight of Pentacles": (
        "Reliable and steady; showing up is a quiet way of loving.",
        "Stuck in a routine; a small change can bring back the spark.",
    ),
    "Queen of Pentacles": (
        "Grounded care: a warm meal, a calm room, kindness to the body.",
        "Caring for everyone but yourself; your body needs you too.",
    ),
    "King of Pentacles": (
        "Security that comes from steadiness; you can be a safe harbour.",
        "Holding too tightly to things or to control; ask what truly makes you feel safe.",
    ),
}
