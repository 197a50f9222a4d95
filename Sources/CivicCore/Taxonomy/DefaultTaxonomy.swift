/// The compiled-in copy of `taxonomy/default.toml` (kept byte for byte equal; a test checks it).
/// Regenerate with `scripts/gen-default-taxonomy` after editing the TOML file.
enum DefaultTaxonomy {
  static let text = #"""
    # CivicPulse default service taxonomy
    #
    # Every [[service]] below is one public service a post can be routed to. Copy this file, edit it and start
    # CivicPulse with `--taxonomy FILE`; `civicpulse taxonomy check FILE` validates a file, and `watch` picks up
    # edits without a restart (a file with an error keeps the previous taxonomy and shows the error).
    #
    # Fields of a service:
    #   id           short stable identifier: lowercase letters, digits and "-" (used in counts, alerts, exports)
    #   name         what the dashboard shows (defaults to the id)
    #   description  optional: what belongs here
    #   group        optional: a heading to group services under
    #   colour       optional: black, red, green, yellow, blue, magenta, cyan, white or "#rrggbb" ("color" works too)
    #   weight       optional, default 1: multiplies the service's score when a post matches several services
    #   keywords     words or phrases that on their own route a post here
    #   weak         ambiguous words ("rubbish", "leak", "flat"): they count only when the same post also has a
    #                second, different term of this service
    #   hashtags     hashtags, with or without "#"; a hashtag counts twice as much as a word
    #   handles      accounts, with or without "@"; a mention counts more still
    #   exclude      phrases that cancel the terms of this service inside them ("road trip" cancels "road");
    #                a single word here is never treated as a form of a listed word ("trained" is not "train")
    #
    # In keywords, weak terms and exclusions, {n} stands for a route number: one to three digits with at most one
    # letter before and one after ("the {n}" matches "the 42", "the X4", "the N29"; not "3am", "2nd" or "2024").
    # A term needs a word besides {n}.
    #
    # How matching works: case and punctuation are ignored and only whole words match. A listed single word
    # also matches its plural and its -ed and -ing forms (pothole: potholes; flood: flooded, flooding) unless
    # that form is itself listed as a single word somewhere in this file (parking is listed, so it is not park).
    # Words joined by "-" also match written apart or together (fly-tip: fly tip, flytip). A hashtag matches the
    # hashtags listed and, like a word, the keywords (#potholes: pothole); a hashtag that is no listed word is read
    # as its camel-case words (#BinsNotCollected: bins not collected), and a keyword read so counts as a hashtag
    # (#BusChaos: bus, as much as #bus). A term followed directly by one of the
    # capitalised place_words, after a capitalised word, is a place name and is ignored (Water Lane, Station Road).
    # A post can match several services; the one with the highest score is its primary service.

    place_words = [
      "road", "rd", "lane", "ln", "street", "st", "avenue", "ave", "way", "close", "drive", "crescent",
      "terrace", "grove", "gardens", "square", "hill", "row", "walk", "court", "mews", "parade", "place",
      "boulevard", "blvd", "approach", "vale",
    ]

    # ---------------------------------------------------------------- Streets and environment

    [[service]]
    id = "waste"
    name = "Bins, rubbish and recycling"
    group = "Streets and environment"
    description = "Household bin and recycling collections, missed collections, bin replacements, the tip."
    keywords = [
      "bin", "wheelie bin", "dustbin", "bin day", "bin men", "binmen", "bin man", "bin lorry", "bin truck",
      "bin bag", "bin collection", "refuse", "refuse collection", "recycling", "recycling box", "recycling centre",
      "recycling center", "food waste", "garden waste", "green waste", "household waste", "waste collection",
      "missed collection", "green bin", "blue bin", "brown bin", "black bin", "grey bin", "gray bin",
      "trash", "trash can", "trash pickup", "trash collection", "garbage", "garbage can", "garbage truck",
      "garbage pickup", "garbage collection", "compost", "bulk pickup", "bulky waste", "bulky item",
    ]
    weak = [
      "rubbish", "waste", "collection", "collect", "collected", "missed", "overflowing", "pickup", "tip",
      "lorry", "sanitation", "skip", "bags", "piling up",
    ]
    hashtags = ["bins", "bincollection", "recycling", "binday", "trash"]
    exclude = [
      "bin it", "bin them", "bin this", "bin that", "bin off", "binned", "binning",
      "ich bin", "bin ich", "bin nicht", "bin auch", "bin gerade", "bin gespannt", "bin jetzt", "bin schon",
      "is rubbish", "was rubbish", "are rubbish", "so rubbish", "really rubbish", "absolutely rubbish",
      "utter rubbish", "total rubbish", "talking rubbish", "talk rubbish", "load of rubbish", "rubbish at",
      "rubbish phone", "rubbish weather", "rubbish day", "rubbish film", "rubbish excuse",
      "is trash", "so trash", "absolute trash", "trash talk", "trashed", "is garbage", "so garbage",
      "absolute garbage", "garbage collector", "garbage collection in java", "waste of time", "waste of money",
      "waste of space", "waste of", "wasted", "wasting",
      "waste my time", "waste your time", "collection of", "art collection", "tax collection", "top tip",
      "tips", "tip off", "tip for", "skip it", "skip the", "skipped",
    ]

    [[service]]
    id = "flytipping"
    name = "Fly-tipping and illegal dumping"
    group = "Streets and environment"
    description = "Rubbish, furniture, mattresses or building waste dumped on streets, verges and land."
    keywords = [
      "fly-tip", "fly-tipping", "fly-tipped", "fly-tipper", "illegal dumping", "illegally dumped",
      "dumped rubbish", "dumped waste", "dumped mattress", "dumped sofa", "dumped fridge", "dumped furniture",
      "dumped tyres", "dumped bags", "mattress dumped", "sofa dumped", "dumping ground", "builders rubble",
      "abandoned mattress", "abandoned sofa",
    ]
    weak = [
      "dump", "dumped", "dumping", "mattress", "sofa", "fridge", "tyre", "tire", "rubble", "furniture", "dumpster",
      "lay-by", "layby", "verge", "alleyway", "bags",
    ]
    hashtags = ["flytipping", "flytip", "illegaldumping", "flytippers"]
    exclude = ["dumped me", "dumped him", "dumped her", "got dumped", "dump truck of", "tire of", "tired"]

    [[service]]
    id = "street-cleaning"
    name = "Street cleaning, litter and graffiti"
    group = "Streets and environment"
    description = "Litter, street sweeping, dog fouling, broken glass, needles, graffiti and flyposting."
    keywords = [
      "litter", "littering", "litter bin", "litter picking", "litter pick", "street cleaning", "street sweeping",
      "street sweeper", "road sweeper", "dog poo", "dog poop", "dog mess", "dog fouling", "dog dirt", "fouling",
      "graffiti", "flyposting", "fly-posting", "broken glass", "needle", "syringe", "chewing gum", "vomit",
      "dirty streets", "filthy streets", "street is filthy", "leaves on the pavement", "fallen leaves",
    ]
    weak = [
      "dirty", "filthy", "mess", "glass", "leaves", "tagged", "sticker", "sweep", "swept", "sweeper", "poo",
      "litter-strewn",
    ]
    hashtags = ["litter", "graffiti", "dogpoo", "streetcleaning", "littering"]
    exclude = [
      "mess up", "messed", "messing", "mess with", "made a mess of", "glass ceiling", "half glass", "tagged me",
      "tagged in",
    ]

    [[service]]
    id = "environmental-health"
    name = "Pests, pollution and food hygiene"
    group = "Streets and environment"
    description = "Rats and vermin, pest control, smells and smoke, air quality, food hygiene and food poisoning."
    keywords = [
      "rat", "rats", "vermin", "pest control", "infestation", "cockroach", "mice", "bed bugs", "pigeon mess",
      "food hygiene", "food poisoning", "hygiene rating", "dirty kitchen", "air quality", "air pollution",
      "bonfire smoke", "smoke nuisance", "environmental health", "asbestos", "dead animal", "dead fox",
      "dead pigeon", "dead rat", "pollution", "rats running around", "rats running across", "rats running about",
      "rats running along", "rats running over",
    ]
    weak = [
      "smell", "stink", "stench", "smoke", "fumes", "pigeon", "fox", "mouse", "unsanitary", "restaurant", "takeaway",
    ]
    exclude = [
      "rat run", "rat race", "smelled a rat", "smell a rat", "mouse click", "computer mouse", "smoke and mirrors",
    ]

    # ---------------------------------------------------------------- Highways

    [[service]]
    id = "roads"
    name = "Roads and potholes"
    group = "Highways"
    description = "Potholes, road surfaces, roadworks and closures, gritting, bridges."
    keywords = [
      "pothole", "pot hole", "road surface", "road resurfacing", "resurfacing", "resurface", "roadworks",
      "road works", "road closure", "road closed", "road repair", "highway", "highways", "tarmac", "carriageway",
      "sinkhole", "manhole", "manhole cover", "speed bump", "speed hump", "gritting", "gritter", "grit bin",
      "snow plough", "snow plow", "snowplow", "road markings", "white lines", "street repair", "street paving",
      "repaving", "cave-in",
    ]
    weak = [
      "road", "street", "crater", "surface", "tyre", "tire", "crumbling", "patched", "gritted", "icy", "ice", "snow", "bridge", "hole", "asphalt", "repair",
      "dangerous", "cracked", "uneven",
    ]
    hashtags = ["potholes", "pothole", "roadworks", "fixmystreet"]
    handles = ["@NationalHighways", "@NYC_DOT"]
    exclude = [
      "road trip", "road to recovery", "road to", "down the road", "the road ahead", "road map", "roadmap",
      "road show", "middle of the road", "one for the road", "highway to", "information highway", "on the road to",
      "street food", "street art", "high street", "wall street", "street cred", "street smart", "ice cream",
      "iced", "ice cold", "ice bucket", "snowflake", "bridge the gap", "hole in one", "in a hole", "plot hole",
      "repair shop", "repair cafe",
    ]

    [[service]]
    id = "pavements"
    name = "Pavements, sidewalks and footpaths"
    group = "Highways"
    description = "Cracked or uneven pavements and sidewalks, kerbs and curbs, trip hazards, footpaths, subways."
    keywords = [
      "pavement", "sidewalk", "footpath", "footway", "public footpath", "bridleway", "kerb", "curb", "dropped kerb",
      "curb cut", "paving slab", "paving", "cracked slab", "loose slab", "uneven pavement", "trip hazard",
      "pedestrian walkway", "underpass", "towpath",
    ]
    weak = ["slab", "tripped", "trip", "walkway", "uneven", "wheelchair", "pushchair", "stroller", "pram", "fell over"]
    hashtags = ["pavements", "sidewalks", "pavementparking"]
    exclude = [
      "curb your", "curb enthusiasm", "curb the", "to curb", "curbed", "curbing", "kerb appeal", "curb appeal",
      "road trip", "day trip", "school trip", "trip to", "a trip", "ego trip", "round trip", "trip advisor",
      "tripadvisor",
      "fell over laughing",
    ]

    [[service]]
    id = "street-lighting"
    name = "Street lighting"
    group = "Highways"
    description = "Street lights out, flickering or on all day, damaged lamp posts, dark streets."
    keywords = [
      "street light", "streetlight", "street lamp", "street lighting", "lamp post", "lamppost", "lamp column",
      "light out", "lights out on", "light not working", "lights not working", "light flickering",
      "flickering light", "broken light", "pitch black", "pitch dark", "unlit", "lights on all day",
      "light on all day",
    ]
    weak = [
      "lamp", "light", "lighting", "flickering", "dark", "darkness", "bulb", "lit", "are out", "is out", "went out",
      "can't see a thing", "cant see a thing", "walking home",
    ]
    hashtags = ["streetlights", "streetlighting"]
    exclude = [
      "traffic light", "traffic lights", "light rail", "red light", "green light", "amber light", "in light of",
      "light of day", "light at the end", "light up", "lit up", "light bulb moment", "shed light", "light touch",
      "light blue", "light green", "light snow", "light rain", "lightweight", "dark humour", "dark side",
      "in the dark about",
      "temporary lights", "lights out", "lit af", "gaslight", "gaslighting", "headlight", "headlights", "brake lights",
    ]

    [[service]]
    id = "traffic"
    name = "Traffic, signals and signs"
    group = "Highways"
    description = "Traffic lights and signals, road signs, congestion, speeding, crossings, junctions, bus lanes."
    keywords = [
      "traffic light", "traffic signal", "temporary lights", "temporary traffic lights", "traffic", "traffic jam",
      "gridlock", "gridlocked", "congestion", "congestion charge", "ulez", "ltn", "low traffic neighbourhood",
      "low traffic neighborhood", "speed camera", "speeding", "speed limit", "20mph", "rat run", "road sign",
      "street sign", "stop sign", "sign missing", "roundabout", "zebra crossing", "pelican crossing",
      "pedestrian crossing", "crosswalk", "box junction", "yellow box", "tailback", "bus lane", "cycle lane",
      "bike lane", "one-way street", "contraflow", "diversion signs",
    ]
    weak = [
      "junction", "signal", "sign", "jam", "queue", "diversion", "detour", "crossing", "speed", "intersection",
      "lights",
      "cars", "drivers",
    ]
    hashtags = ["traffic", "ltn", "ulez", "gridlock"]
    exclude = [
      "rats running around", "rats running across", "rats running about", "rats running along", "rats running over",
      "web traffic", "website traffic", "traffic to", "sign up", "sign in", "signed", "signing", "sign the petition",
      "good sign", "bad sign", "sign of", "signs of", "speed up", "speedy", "jam session", "jam tomorrow",
      "traffic light system",
      "bus signal", "queue jumping", "in the queue", "phone queue", "call queue", "diversion tactic",
    ]

    [[service]]
    id = "parking"
    name = "Parking and abandoned vehicles"
    group = "Highways"
    description = "Permits, tickets and fines, enforcement, pavement parking, blocked driveways, abandoned cars."
    keywords = [
      "parking", "parked", "car park", "parking lot", "parking garage", "parking ticket", "parking fine",
      "penalty charge", "pcn", "parking permit", "residents permit", "permit holder", "parking warden",
      "traffic warden", "parking attendant", "parking enforcement", "parking meter", "pay and display",
      "park and ride", "double parked", "blocked driveway", "blocking my driveway", "blocking my drive",
      "blocked my drive", "across my drive", "abandoned car", "abandoned vehicle", "derelict car", "derelict vehicle",
      "untaxed", "clamped", "towed", "tow truck", "disabled bay", "blue badge", "parking space", "parking bay",
      "resident parking", "ev charging", "charging point", "meter maid", "nowhere to park", "can't park",
      "place to park", "park on the pavement", "parks on the pavement", "park across", "car abandoned",
      "van abandoned", "vehicle abandoned", "abandoned van", "double yellows", "double yellow lines",
    ]
    weak = [
      "permit", "ticket", "fine", "fined", "meter", "driveway", "warden", "tow", "vehicle", "bay", "space",
      "obstruction",
      "abandoned",
    ]
    hashtags = ["parking", "pavementparking", "parkinglot"]
    exclude = [
      "i'm fine", "im fine", "fine thanks", "that's fine", "thats fine", "it's fine", "its fine", "fine print",
      "fine with", "absolutely fine", "perfectly fine", "fine art", "fine dining", "fine by me",
      "ticket office", "train ticket", "bus ticket", "season ticket", "concert ticket", "golden ticket",
      "car crash", "car boot", "abandoned building",
    ]

    # ---------------------------------------------------------------- Transport

    [[service]]
    id = "buses"
    name = "Buses"
    group = "Transport"
    description = "Bus services, routes, stops and shelters, drivers, fares and passes, buses that never came."
    keywords = [
      "bus", "bus stop", "bus shelter", "bus route", "bus service", "bus driver", "bus pass", "bus station",
      "bus timetable", "bus fare", "bus garage", "bus company", "night bus", "double decker", "ghost bus",
      "rail replacement bus", "replacement bus", "coach station", "stagecoach", "arriva", "first bus",
      "megabus", "greyhound bus",
    ]
    weak = [
      "driver", "timetable", "route", "fare", "stop", "shelter", "didn't turn up", "didnt turn up", "didn't show",
      "no show", "coach", "contactless", "oyster", "diverted", "rammed", "broken-down", "route {n}", "the {n}",
      "number {n}", "not turn up", "never turn up", "hasn't turn up", "haven't turn up", "not shown up", "never shows up",
    ]
    hashtags = ["buses", "bus", "busservice"]
    handles = ["@TfL", "@MTA", "@NYCTBus"]
    exclude = [
      "under the bus", "throw under the bus", "thrown under the bus", "missed the boat", "stop it", "stop that",
      "stop sign", "full stop", "non stop", "nonstop", "stop the", "stop being", "stop doing", "can't stop",
      "cant stop", "the {n} of",
      "please stop", "stopped", "stopping", "driver's licence", "drivers licence", "driver's license", "taxi driver",
      "uber driver", "lorry driver", "delivery driver", "screwdriver", "coach trip", "football coach", "life coach",
      "route cause", "school bus",
    ]

    [[service]]
    id = "rail"
    name = "Trains, trams and underground"
    group = "Transport"
    description = "Trains, trams, metro, tube and subway services, stations, platforms, delays and cancellations."
    keywords = [
      "train", "railway", "railroad", "rail", "rail service", "tram", "tube", "subway", "overground",
      "light rail", "commuter rail", "signal failure", "signalling", "level crossing", "ticket office",
      "season ticket", "railcard", "train station", "railway station", "tube station", "subway station",
      "train ticket", "amtrak", "lirr", "dlr", "northern line", "central line", "district line",
      "victoria line", "jubilee line", "piccadilly line", "elizabeth line", "bakerloo line", "metropolitan line",
      "circle line", "conductor", "engineering works", "trainline", "step-free", "step free access", "platform {n}",
    ]
    weak = [
      "station", "line", "platform", "metro", "delayed", "delay", "cancelled", "canceled", "late", "carriage", "guard",
      "fare", "strike", "commute", "commuter", "underground", "lift", "escalator", "overcrowded", "packed",
      "announcement", "stuck outside", "stuck between stations", "the {n}",
    ]
    hashtags = ["trains", "rail", "tube", "subway", "railfail"]
    handles = ["@NationalRailEnq", "@networkrail", "@TfL", "@NYCTSubway", "@MTA", "@Amtrak"]
    exclude = [
      "to train", "train staff", "train our", "train your", "train more", "train up", "train of thought", "gravy train",
      "trained", "training", "trainer", "trainee", "police station", "petrol station", "gas station", "fire station",
      "radio station", "tv station", "charging station", "space station", "docking station", "station wagon",
      "subway sandwich", "subway sub", "metro bank", "the metro newspaper", "tube of", "youtube", "rail card",
      "bottom line", "front line", "frontline", "line manager", "on the line", "online", "line up", "deadline",
      "helpline", "phone line", "hotline", "train wreck", "trainwreck", "late night", "too late", "better late",
      "of late", "stay up late",
      "strike a", "strike me", "struck", "guard dog", "security guard", "off guard",
    ]

    # ---------------------------------------------------------------- Water and drainage

    [[service]]
    id = "drainage"
    name = "Flooding, drains and sewers"
    group = "Water and drainage"
    description = "Flooded roads and homes, blocked drains and gullies, sewers and sewage, surface water."
    keywords = [
      "flood", "flooding", "flash flood", "flood warning", "blocked drain", "drain", "drainage", "gully", "gulley",
      "storm drain", "catch basin", "sewer", "sewage", "raw sewage", "sewage smell", "standing water",
      "surface water", "waterlogged", "culvert", "overflowing drain", "water coming under", "water coming up through",
    ]
    weak = ["puddle", "blocked", "overflow", "overflowing", "water", "ditch", "smell"]
    hashtags = ["flooding", "flood", "floods"]
    exclude = [
      "flooded with", "flood of", "floods of tears", "flooding in with", "flooding social media", "brain drain",
      "a drain on", "drain on resources", "drain on the economy", "drain on the taxpayer", "drained", "draining",
      "down the drain", "blocked me", "blocked on", "blocked by",
    ]

    [[service]]
    id = "water"
    name = "Water supply"
    group = "Water and drainage"
    description = "No water, low pressure, burst mains and leaks in the street, discoloured water, hydrants."
    keywords = [
      "no water", "water main", "burst main", "water mains", "water pressure", "low water pressure", "water supply",
      "water outage", "hydrant", "fire hydrant", "brown water", "discoloured water", "discolored water",
      "tap water", "drinking water", "boil water", "water company", "water board", "leak in the road",
      "leak in the street", "leaking in the road", "water leak in the road", "water gushing", "hosepipe ban",
      "water meter", "thames water", "severn trent", "yorkshire water", "united utilities", "anglian water",
      "southern water", "welsh water", "scottish water", "bottled water", "water cut off",
    ]
    weak = ["water", "leak", "burst", "pipe", "tap", "pressure", "supply", "gushing", "main"]
    hashtags = ["nowater", "waterleak", "burstmain"]
    handles = ["@thameswater", "@SouthernWater", "@NYCWater"]
    exclude = [
      "waterproof", "water under the bridge", "in hot water", "watering", "water the plants", "hot water",
      "water from the flat", "water from upstairs", "water through the ceiling", "water coming through",
      "main road", "main street", "main thing", "the main", "pressure on", "under pressure", "peer pressure",
      "blood pressure", "supply teacher", "supply chain", "tap in", "tap on", "tap to", "leaked", "leaks to the press",
      "press leak", "leak the", "burst into", "burst out", "burst my bubble",
    ]

    # ---------------------------------------------------------------- Parks and neighbourhood

    [[service]]
    id = "parks"
    name = "Parks, playgrounds and trees"
    group = "Parks and neighbourhood"
    description = "Parks and green spaces, playgrounds, benches, grass cutting, allotments, fallen and overgrown trees."
    keywords = [
      "park", "playground", "play area", "swings", "green space", "recreation ground", "allotment", "park bench",
      "grass cutting", "grass verge", "mowing", "fallen tree", "tree down", "tree fell", "dead tree", "damaged tree",
      "overhanging branches", "overgrown", "tree roots", "tree pruning", "tree planting", "street tree", "pond",
      "nature reserve", "open space", "skate park", "dog park", "park ranger", "parks department",
    ]
    weak = [
      "tree", "branch", "rec", "bench", "grass", "hedge", "lake", "playing field", "field", "swing", "slide",
      "toilets",
    ]
    hashtags = ["parks", "greenspace", "trees"]
    exclude = [
      "car park", "park and ride", "ballpark", "theme park", "trailer park", "business park", "retail park",
      "industrial park", "science park", "holiday park", "water park", "to park", "park my", "park the", "park your",
      "park their", "park his", "park her", "park our", "park outside", "park here",
      "park on the pavement", "park on the road", "park on the street", "park on the kerb", "park on the curb",
      "park on the grass", "park on my", "park on our", "park on your", "park on their", "park on double",
      "park on yellow", "park on pavements", "park on a", "park on the drive", "park on the driveway",
      "we park", "i park", "you park", "they park", "people park", "cars park", "drivers park", "park there",
      "park anywhere", "can't park", "cant park", "nowhere to park", "place to park", "park up",
      "bank branch", "library branch", "branch line", "branch manager", "branch out", "olive branch",
      "family tree", "slide into", "slides", "the field", "field of", "playing field level", "level playing field",
      "public toilets",
    ]

    [[service]]
    id = "noise"
    name = "Noise"
    group = "Parks and neighbourhood"
    description = "Loud music and parties, barking dogs, building work at night, alarms, noisy neighbours."
    keywords = [
      "noise", "noisy", "loud music", "loud party", "barking dog", "dog barking", "dogs barking", "noise complaint",
      "noise nuisance", "construction noise", "building work at", "drilling at", "car alarm", "house alarm",
      "alarm going off", "music blaring", "blaring music", "racket", "leaf blower", "bass thumping", "thumping bass",
      "noisy neighbours", "noisy neighbors",
    ]
    weak = [
      "loud", "music", "party", "alarm", "drilling", "bass", "barking", "neighbours", "neighbors", "3am", "2am", "4am",
      "all night", "shouting", "screaming", "fireworks", "ice cream van", "building site", "building sites",
      "5am", "6am",
    ]
    hashtags = ["noise", "noisepollution"]
    exclude = [
      "make some noise", "making noise about", "white noise", "noise about", "barking and dagenham", "barking mad",
      "in barking", "party conference", "labour party", "tory party", "political party", "conservative party",
      "the party line",
    ]

    # ---------------------------------------------------------------- Housing

    [[service]]
    id = "housing"
    name = "Council and social housing"
    group = "Housing"
    description = "Council and housing association homes: repairs, damp and mould, heating, leaks from flats, rent."
    keywords = [
      "council house", "council flat", "council housing", "council home", "social housing", "housing association",
      "housing officer", "housing repair", "housing repairs", "repairs team", "repairs line", "landlord", "tenant",
      "tenancy", "damp", "mould", "mold", "black mould", "condensation", "boiler", "no heating", "heating broken",
      "heating not working", "no heat", "no hot water", "hot water", "leaking roof", "roof leak", "leaking ceiling",
      "eviction", "evicted", "section 21", "rent arrears", "disrepair", "housing",
      "window guard", "public housing", "housing authority", "rent increase", "rent stabilised", "rent stabilized",
      "affordable housing", "housing waiting list", "housing list", "estate", "tower block", "flat upstairs",
      "upstairs flat", "leak from upstairs", "water from upstairs", "water through the ceiling", "water coming through",
    ]
    weak = [
      "leak", "leaking", "flat", "upstairs", "ceiling", "roof", "window", "door", "repair", "heating", "rent",
      "apartment",
      "radiator", "lift", "elevator", "neighbour", "caretaker", "superintendent", "leaked", "overcrowded",
      "overcrowding", "heat",
    ]
    hashtags = ["housing", "socialhousing", "damp", "mould", "housingcrisis"]
    exclude = [
      "flat tyre", "flat tire", "flat battery", "flat white", "fell flat", "flat out", "flat rate", "flat cap",
      "flat fee", "estate agent", "real estate", "estate car", "leaked documents", "lift me", "lift the",
      "lift a finger", "heavy lifting", "lift share", "lift you", "door to door", "window of opportunity", "windows 10",
      "windows 11", "windows update", "microsoft windows",
    ]

    [[service]]
    id = "homelessness"
    name = "Homelessness and rough sleeping"
    group = "Housing"
    description = "Rough sleeping, homeless people and families, shelters, temporary and emergency accommodation."
    keywords = [
      "homeless", "homelessness", "rough sleeping", "rough sleeper", "sleeping rough", "street homeless",
      "homeless shelter", "night shelter", "sofa surfing", "couch surfing", "temporary accommodation",
      "emergency accommodation", "hostel", "encampment", "homeless encampment", "panhandling", "panhandler",
      "begging", "sleeping in doorways", "sleeping on the street", "living on the street",
      "bed and breakfast accommodation", "street outreach", "outreach worker", "outreach workers", "outreach team",
    ]
    weak = ["shelter", "tent", "beggar", "on the streets", "doorway", "sleeping bag"]
    hashtags = ["homeless", "homelessness", "roughsleeping"]
    exclude = ["bus shelter", "tax shelter", "bomb shelter", "animal shelter", "dog shelter", "shelter from the rain"]

    # ---------------------------------------------------------------- Health and care

    [[service]]
    id = "health"
    name = "Health services"
    group = "Health and care"
    description = "GP and doctor appointments, A&E and emergency rooms, hospitals, ambulances, NHS 111, waiting lists."
    keywords = [
      "gp", "gp surgery", "doctor", "doctors surgery", "a&e", "a and e", "emergency room", "emergency department",
      "the er", "er wait", "er visit", "er nurse", "er staff",
      "hospital", "ambulance", "paramedic", "nhs", "nhs 111", "call 111", "called 111", "ring 111", "rang 111",
      "through to 111", "waiting list", "waiting lists",
      "waiting time", "walk-in centre", "walk-in clinic", "urgent care", "clinic", "nurse", "pharmacy", "pharmacist",
      "prescription", "dentist", "dental", "vaccination", "vaccine", "mental health", "health centre",
      "health center", "health visitor", "midwife", "maternity", "outpatient", "consultant", "triage",
      "minor injuries", "minor injuries unit", "minor injury unit", "urgent treatment centre", "urgent treatment center",
    ]
    weak = [
      "appointment", "surgery", "er", "111", "receptionist", "referral", "ward", "patients", "medication",
      "waiting room",
    ]
    hashtags = ["nhs", "nhscrisis", "gp", "aande"]
    handles = ["@NHSEngland", "@NHS111", "@NHSuk"]
    exclude = [
      "doctor who", "spin doctor", "doctored", "doctor's orders", "er no", "er what", "er yes", "er um",
      "hospital pass", "surgery hours of my mp", "mp surgery", "mp's surgery", "councillor surgery", "ward councillor",
      "ward member",
    ]

    [[service]]
    id = "social-care"
    name = "Social care"
    group = "Health and care"
    description = "Adult and children's social care, carers, care homes, care packages, assessments, safeguarding."
    keywords = [
      "social care", "social worker", "social services", "adult social care", "children's services",
      "childrens services", "care home", "nursing home", "care package", "carer", "caregiver", "home care",
      "home help", "care worker", "care assessment", "needs assessment", "day centre", "day center",
      "senior center", "senior centre", "dementia", "alzheimer", "safeguarding", "respite", "respite care",
      "meals on wheels", "home delivered meals", "elder care", "elder abuse", "occupational therapist",
      "direct payments", "foster care", "fostering", "looked after children", "care leaver", "carers allowance",
      "disability support", "supported living", "home health aide", "home health aides", "health aide",
      "personal care aide",
    ]
    weak = ["elderly", "care", "assessment", "vulnerable", "disabled", "frail"]
    hashtags = ["socialcare", "carers", "dementia"]
    exclude = [
      "i don't care", "i dont care", "don't care", "dont care", "who cares", "couldn't care less", "take care",
      "customer care", "skin care", "skincare", "care about", "cares about", "careful", "careless", "caring",
    ]

    # ---------------------------------------------------------------- Education and leisure

    [[service]]
    id = "schools"
    name = "Schools and education"
    group = "Education and leisure"
    description = "School places and admissions, special needs (SEN/SEND, EHCP), school transport and meals."
    keywords = [
      "school", "school place", "school places", "school admissions", "admissions", "school run", "school bus",
      "school transport", "school meals", "free school meals", "school dinners", "sen", "send provision",
      "send support", "send funding", "send transport", "send tribunal", "ehcp", "ehc plan", "special needs",
      "special educational needs", "teacher", "headteacher", "head teacher", "pupil", "classroom", "catchment",
      "ofsted", "academy", "nursery", "preschool", "pre-school", "pre-k", "kindergarten", "school district",
      "board of education", "department of education", "term dates", "inset day", "school crossing", "lollipop",
      "college", "sixth form", "student", "students", "homework", "exam", "exams",
    ]
    weak = ["term", "principal", "children", "education", "uniform", "class", "semester"]
    hashtags = ["schools", "send", "sendcrisis", "ehcp", "education"]
    exclude = [
      "school of thought", "old school", "school of hard knocks", "schooled", "long term", "short term", "term of",
      "terms and conditions", "in terms of", "terms of", "first class", "world class", "middle class", "working class",
      "class act", "college of", "electoral college",
    ]

    [[service]]
    id = "libraries"
    name = "Libraries and leisure centres"
    group = "Education and leisure"
    description = "Libraries and mobile libraries, opening hours, leisure and community centres, pools and gyms."
    keywords = [
      "library", "librarian", "library card", "mobile library", "library closure", "library opening hours",
      "leisure centre", "leisure center", "swimming pool", "public pool", "sports centre", "sports center",
      "community centre", "community center", "rec center", "recreation center", "museum", "ebook", "e-book",
      "library books", "lido",
    ]
    weak = [
      "books", "opening hours", "pool", "gym", "swimming", "closure", "closed", "borrow", "reading", "computers",
      "study space",
    ]
    hashtags = ["libraries", "savelibraries", "library"]
    exclude = [
      "photo library", "code library", "python library", "software library", "library function", "music library",
      "video library", "car pool", "carpool", "pool of", "talent pool", "gene pool", "closed loop", "closed my account",
      "closed the", "closed door", "behind closed doors", "closed mind", "book a", "gym membership",
    ]

    # ---------------------------------------------------------------- Money

    [[service]]
    id = "council-tax"
    name = "Council tax, property tax and benefits"
    group = "Money"
    description = "Council tax and US property tax bills, payments, refunds, arrears, discounts, exemptions, benefits."
    keywords = [
      "council tax", "property tax", "property taxes", "business rates", "rates bill", "tax bill", "council tax bill",
      "council tax reduction", "council tax support", "single person discount", "tax band", "council tax band",
      "bailiff", "bailiffs", "enforcement agent", "liability order", "council tax arrears", "tax arrears",
      "property assessment", "tax assessment", "assessed value", "tax exemption", "tax abatement", "tax rebate",
      "housing benefit", "benefits office", "revenue and benefits", "revenues and benefits", "tax refund",
      "charged twice", "overcharged", "direct debit",
    ]
    weak = [
      "bill", "refund", "payment", "arrears", "charged", "tax", "discount", "exemption", "reduction", "statement",
      "rebate",
      "summons", "benefits", "assessment", "valuation",
    ]
    hashtags = ["counciltax", "propertytax"]
    exclude = ["tax the rich", "sin tax", "bill gates", "the bill", "old bill", "pay attention", "payday"]

    """#
}
