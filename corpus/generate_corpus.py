#!/usr/bin/env python3
"""Generates corpus/complaints-corpus.csv, the training corpus of CivicPulse's built-in complaint model.

Every template and phrase here was written for CivicPulse by its team. Nothing is taken from any labelled
dataset (in particular not from ../shared/datasets, which is kept for evaluation only).

Usage: python3 corpus/generate_corpus.py > corpus/complaints-corpus.csv
The output is deterministic (fixed seed, fixed order).

Template syntax: {a|b|c} picks one alternative; {H} an organisation handle, {F} a friend's handle,
{D} a waiting time in days or more, {DS} one in minutes or hours, {N} an ordinal, {S} a street, {DAY} a weekday, {T} a clock time, {STN} a station, {ROUTE} a bus route, {QN} a queue position,
{NUM} a small number, {ITEM} a product, {SVC} a public service, {E+}/{E-} a happy/angry emoji,
{CITY} a town or city.
"""

import csv
import random
import re
import sys

SEED = 20240611

PUBLIC_HANDLES = [
    "@CityCouncil", "@LeedsCC_help", "@BristolCouncil", "@HackneyCouncil", "@MCRCityCouncil", "@NorthfieldDC",
    "@TfL", "@TfLBusAlerts", "@NationalRailEnq", "@SouthernRailUK", "@GWRHelp", "@NorthernAssist",
    "@AvantiWestCoast", "@MetroTransit", "@MBTA", "@NYCTSubway", "@LAMetro", "@SEPTA", "@CTA",
    "@NHSEngland", "@NHS111", "@ThamesWater", "@YorkshireWater", "@UnitedUtilities", "@NYC311", "@BOS311",
    "@cityofchicago", "@SFPublicWorks", "@NYCDOT", "@DCDPW", "@PhillyStreets", "@SeattleDOT",
]
COMPANY_HANDLES = [
    "@AcmeBroadband", "@NovaMobile", "@SkylineAir", "@BlueJetAirways", "@QuickShipUK", "@ParcelPointHelp",
    "@UrbanEatsHelp", "@PixelStoreCare", "@BrightEnergyUK", "@HomeFuelCo", "@SwiftBankHelp", "@CityCabs",
    "@StreamFlixHelp", "@MegaMartHelp", "@FreshBasket", "@TrendWearUK", "@GadgetHub", "@AutoCareUS",
    "@RailLinkUS", "@ZipCourier", "@CloudNetSupport", "@ShopDirect_help", "@HotelStayz", "@CoachwayTravel",
]
FRIEND_HANDLES = [
    "@sam_k", "@jessxo", "@mike_t88", "@annab", "@tomrichards", "@lucy_lou", "@dan_the_man", "@priya_s",
    "@chris_w", "@ellie_m", "@jay_d", "@kezza91", "@ollie", "@megan_rose", "@rob_h", "@nina_j", "@benji",
    "@hannahb", "@zoe_c", "@marcus22", "@lily_p", "@aaron_g", "@sophie_x", "@kat_m",
]
DURATIONS = [
    "3 weeks", "two weeks", "10 days", "a month", "six weeks", "5 days", "a fortnight", "four months", "2 months",
    "three days", "a week", "8 weeks", "six months", "a whole year", "nearly a month", "over a week", "4 days",
]
SHORT_DURATIONS = [
    "45 minutes", "an hour", "two hours", "3 hours", "40 mins", "over an hour", "90 minutes", "half an hour",
    "20 minutes", "4 hours", "2hrs", "35mins", "an hour and a half", "50 minutes", "nearly 2 hours", "25 mins",
]
SINCE = ["since Monday", "since last Tuesday", "since Friday", "since the 3rd", "since 8am", "since yesterday",
         "since last week", "since January", "since before Christmas", "since the weekend"]
ORDINALS = ["second", "third", "fourth", "fifth", "3rd", "4th", "5th", "nth", "umpteenth", "6th"]
STREETS = [
    "Elm Road", "Station Street", "Park Lane", "Maple Avenue", "the High Street", "Oak Drive", "Church Road",
    "5th Ave", "Main St", "Victoria Road", "Mill Lane", "Cedar Close", "King Street", "Washington Blvd",
    "Union Street", "Brook Road", "Hill Crescent", "Queens Drive", "Pine St", "Market Square", "Albert Terrace",
    "Grove Park", "Lincoln Ave", "Ferry Lane", "Chapel Street", "Orchard Way",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["7:15", "8am", "8.30", "6pm", "5:45", "9am", "10:20", "7pm", "noon", "6:50am"]
STATIONS = ["Leeds", "Clapham Junction", "Penn Station", "Victoria", "Brighton", "Union Station", "Crewe",
            "Reading", "Grand Central", "Piccadilly", "Bristol Temple Meads", "the airport"]
CITIES = ["Leeds", "Bristol", "Manchester", "Boston", "Chicago", "Glasgow", "Portland", "Cardiff", "Denver",
          "Norwich", "Sheffield", "Austin", "Liverpool", "Seattle"]
ITEMS = ["order", "parcel", "package", "laptop", "phone", "headphones", "sofa", "washing machine", "jacket",
         "trainers", "sneakers", "TV", "router", "fridge", "mattress", "coffee machine", "tablet", "boots"]
SERVICES = ["bin collection", "recycling collection", "the bus service", "the trains", "the GP surgery",
            "the council", "the library", "street cleaning", "the housing office", "the water supply",
            "the hospital", "customer services", "the helpline", "the school office", "the parking office"]
ANGRY = ["😡", "🤬", "😤", "🙄", "😠", "😭", "😩", "👎", "🤦‍♀️", "🤦‍♂️", "😒", "😫", "💩", "😞", "☹️", ":(", ":-("]
HAPPY = ["😊", "👍", "🙏", "❤️", "👏", "🎉", "😀", "🙌", "💙", "⭐", "😍", ":)", ":-)", "🥰", "✨"]
NEUTRAL_EMOJI = ["😂", "🤣", "😅", "🙈", "👀", "🤔", "😴", "☕", "🐶", "⚽", "🎶", "🍕", "🌧️", "☀️"]

MONEY = ["£80", "£250", "$120", "$900", "£45", "£1,200", "$60", "£15"]
AGO = ["last week", "a month ago", "two weeks ago", "in March", "on Black Friday", "yesterday", "three months ago"]

SLOTS = {
    "H": PUBLIC_HANDLES + COMPANY_HANDLES, "F": FRIEND_HANDLES, "D": DURATIONS, "N": ORDINALS, "S": STREETS, "DAY": DAYS,
    "DS": SHORT_DURATIONS, "T": TIMES, "STN": STATIONS, "ITEM": ITEMS, "SVC": SERVICES, "E-": ANGRY, "E+": HAPPY, "E0": NEUTRAL_EMOJI,
    "CITY": CITIES, "SINCE": SINCE, "ROUTE": ["42", "7", "X4", "14", "N29", "301", "88", "10A", "M15", "5"],
    "MONEY": MONEY, "TAIL": ["Not good enough.", "Really disappointed.", "Sort it out.", "Unbelievable."],
    "ORDER": ["4471902", "UK-88213", "A19337", "#55102", "78-221-09", "BK4471"],
    "QN": ["23", "41", "17", "35", "52", "12"], "NUM": ["2", "3", "4", "5", "6", "three", "four", "five", "several"],
}

# ---------------------------------------------------------------------------------------------------------
# Complaints about public services (label 1).
PUBLIC_COMPLAINTS = [
    "Our bins haven't been collected for {D}. {S} is starting to stink",
    "{H} recycling missed {again|AGAIN|once again} on {S}. {N} time this month",
    "{H} bin day was {DAY} and the bins are still sitting on the pavement",
    "General waste not collected {SINCE}, the foxes have had a field day with the bags",
    "{H} why is my {green|brown|blue} bin never emptied? {N} time I've reported it",
    "The bin men tipped half the rubbish into the road and drove off. Who cleans that up?",
    "Trash pickup skipped our whole block again. It's been {D}",
    "Garbage truck hasn't come down {S} {SINCE}. The smell is unbearable",
    "Reported the pothole on {S} {D} ago and it's still there. Just burst a tyre on it",
    "{H} the potholes on {S} are getting worse every week, someone is going to come off their bike",
    "That pothole outside the school is now a crater. Reported it {NUM} times, nothing",
    "Paid to fix my wheel after hitting a pothole on {S}, the council still hasn't replied to my claim",
    "Streetlight outside my house has been out for {D}, pitch black walking home",
    "{H} the street lights on {S} have been off {SINCE}. It's not safe for anyone walking at night",
    "Third report about the broken lamp post on {S}. Still dark. Still ignored",
    "{H} the {ROUTE} bus didn't turn up again, waited {DS} in the rain",
    "Bus drove straight past a queue of us at {T}. Next one is {DS} away. Brilliant",
    "{H} your buses are never on time. Late for work again",
    "Why does the app say the bus is due when it clearly isn't coming? {DS} at this stop",
    "The {T} bus was cancelled {again|AGAIN} with zero notice. How am I supposed to get to work?",
    "Train cancelled with no announcement, stuck at {STN} for {DS}",
    "{H} {DS} delay and not a single update from staff. Absolute shambles",
    "Paying over four grand a year for a season ticket to stand in a vestibule every morning",
    "{H} the {T} from {STN} was cancelled again. {N} time this week",
    "Signal failure AGAIN. Every single morning {H}",
    "Packed like sardines, aircon broken, {DS} late. Thanks {H}",
    "Subway stuck between stations for {DS} and no announcement at all",
    "{H} another delay on the red line, I'm going to lose my job at this rate",
    "Tried to get a GP appointment for {D}. Lines open at 8, by 8:05 everything is gone",
    "Rang the surgery {NUM} times this morning, number {QN} in the queue then cut off",
    "Sat in A&E for {DS} with my dad and nobody has even assessed him",
    "Been in the ER waiting room for {DS}. My daughter is in agony",
    "{H} my referral was sent {D} ago and I still haven't heard anything",
    "Waited {DS} for an ambulance for my elderly neighbour. This is not ok",
    "Hospital cancelled my operation the night before, {N} time it's been cancelled",
    "The pharmacy lost my prescription again and nobody can tell me when it'll be ready",
    "{H} council tax has gone up again and the services get worse every year",
    "My property tax went up 12% and the roads are still falling apart",
    "Council tax bill is wrong, I've called {NUM} times and still no correction",
    "{H} you've taken my council tax payment twice this month. Who do I speak to?",
    "Damp and mould all over the kids' bedroom for months. Reported it {N} time, housing still haven't sent anyone",
    "{H} our boiler has been broken {SINCE}. Two young kids and no heating",
    "Housing repairs promised to come {DAY} between 8 and 6. Nobody came. Took the day off for nothing",
    "Landlord and the housing association keep passing the buck while water pours through our ceiling",
    "Neighbours blasting music until 3am every night and the noise team never answers",
    "{H} reported the noise from the flat above {NUM} times, nothing has been done",
    "Someone dumped a mattress and a fridge on {S} {D} ago, still not cleared",
    "{H} fly tipping on {S} again. The whole lane is a rubbish tip",
    "The streets round here are filthy, when did anyone last sweep {S}?",
    "Got a parking ticket while the machine was broken. Appealed and got rejected. Joke",
    "{H} the parking app charged me twice and I still got a fine",
    "No water {SINCE} and {H} can't tell us when it's coming back",
    "{H} brown water coming out of our taps again, {N} time this month",
    "Burst main on {S} gushing for {DS} and nobody has turned up",
    "Low water pressure for {D}, can't even have a shower",
    "Library closed again with no notice, the kids were looking forward to it",
    "{H} why are you cutting library hours again? It's the only warm place some people have",
    "The playground in {S} park has been taped off for {D}",
    "Park toilets locked every weekend, what is the point",
    "Mum's carer didn't turn up again today. She was left without lunch",
    "{H} social care assessment requested {D} ago, still waiting. My dad can't cope",
    "School bus left my son at the side of the road. Nobody called us",
    "{H} still no school place for my daughter and term starts {DAY}",
    "The drain on {S} is blocked, the whole road floods every time it rains",
    "{H} gullies on {S} not cleared in years, our front gardens flood every winter",
    "Pavement on {S} is so broken my nan tripped and cut her hands",
    "Sidewalk on {S} is impossible with a wheelchair, cracked slabs everywhere",
    "Traffic lights at the {S} junction stuck on red for {DS}",
    "Roadworks on {S} for {D} and I've never once seen anyone working on them",
    "Waited on hold to the council for {DS} just to be cut off",
    "Emailed {H} {NUM} times about this and not one reply",
    "Is anyone at {H} actually reading these? Still waiting for an answer",
    "Filled in the online form {D} ago, reference number and then silence",
    "{H} the homeless shelter turned people away again last night in the freezing cold, it's disgraceful",
    "Bus shelter smashed on {S} {D} ago, elderly people standing in the rain",
    "Dog mess all over the pavement outside the school, reported it, nothing",
    "Snow has been on the pavements for {D}, no gritting, people falling over",
    "{H} cycle lane on {S} blocked by parked cars every single day and no enforcement",
    "The new road layout on {S} is dangerous, nearly hit {NUM} times this week",
    "{H} your website crashes every time I try to pay my council tax",
    "Bin collection calendar says {DAY}, the lorry came {DAY}, bins missed. How hard can it be",
    "Still waiting on the council to fix the broken railings on {S}. Someone will get hurt",
    "{H} I have been trying to report a missed collection but the phone line just rings out",
    "Why does it take {D} to fix one street light?",
    "the state of {S} honestly. rubbish everywhere, potholes, lights out. thanks {H}",
    "{H} pls sort the pot holes on {S} its ridiculous",
    "Tram late again {H}. Every day this week",
    "My elderly mum waited {DS} for a wheelchair at the station and no one came",
    "Appointment at the clinic moved for the {N} time. Each time I take unpaid leave",
    "{H} 111 said someone would call back within 2 hours. That was {DS} ago",
    "Walk-in centre closed early and sent everyone away",
    "{H} the recycling crew smashed our bin lid and won't replace it",
    "Can't get through to {SVC}, been trying {SINCE}",
    "{SVC} round here is a complete disgrace",
    "Is {SVC} ever going to work properly? Fed up of chasing",
    "Honestly {SVC} has gone downhill so badly this year",
    "Another week, another failure from {SVC}",
    "{H} your contractor left the road dug up and a huge hole unfenced",
    "Great, another week without a bin collection. Really impressive {H} {E-}",
    "Love paying council tax for bins that never get emptied. Fantastic value {H}",
    "Oh good, the train is cancelled. What a surprise {H}",
    "Thanks {H} for the lovely 2 hour wait in the freezing cold",
    "Brilliant, the lift at the station is broken again so I have to carry the pram up three flights",
    "Well done {H}, you've managed to make a 20 minute journey take {DS}",
    "{H} another day, another cancelled train. Cheers for that",
]

# Complaints to companies (label 1).
CUSTOMER_COMPLAINTS = [
    "{H} my {ITEM} was marked as delivered but it's nowhere to be found",
    "{H} ordered on the 2nd, still waiting. Tracking hasn't moved in {D}",
    "Been on hold with {H} for {DS}. This is ridiculous",
    "{H} still waiting on my refund, it's been {D}",
    "{H} charged twice for the same order and nobody will help",
    "Internet down again, {N} time this week. Paying for nothing {H}",
    "{H} wifi keeps dropping every evening, can't work like this",
    "{H} flight delayed {DS} and no updates from anyone at the gate",
    "{H} you lost my luggage and the app says nothing. {D} later still no bag",
    "{H} your app keeps crashing when I try to pay",
    "Worst customer service I've ever had. Never again {H}",
    "{H} you cancelled my order without telling me",
    "{H} the replacement {ITEM} you sent is broken too",
    "{H} your chat bot is useless. I need to speak to a human",
    "The staff at the {CITY} branch were so rude to my mum today {H}",
    "{H} my food arrived cold and half of it was missing",
    "Wrong item delivered again {H}. {N} time",
    "{D} and no reply to my email {H}",
    "Nobody answers the phone at {H}, I've tried all week",
    "{H} why do you keep sending me bills for an account I closed?",
    "{H} signal has been awful {SINCE}, I can't even make calls at home",
    "My {ITEM} died two weeks after the warranty ended. Great quality {H}",
    "{H} the latest update broke my {ITEM}. Thanks a lot",
    "{H} overcharged on my bill again. Fix it",
    "{H} can't log in to my account and the password reset emails never arrive",
    "Broken seat on a 9 hour flight and the crew just shrugged {H}",
    "{H} cancelled my appointment the day before. Again",
    "Engineer never showed up. Took a day off work for nothing {H}",
    "{H} left my {ITEM} outside in the rain, it's soaked",
    "{H} took my money then told me the {ITEM} is out of stock",
    "{H} I've been a customer for 10 years and this is how you treat me?",
    "{H} where is my {ITEM}?? Ordered {D} ago",
    "{H} your driver threw my parcel over the fence and it smashed",
    "Hey {H} I was promised a call back {D} ago. Still nothing",
    "{H} please stop texting me about an upgrade when my broadband doesn't even work",
    "{H} I'm paying for 500mb and getting 3mb. Sort it out",
    "Stuck on the runway for {DS} with no water or information {H}",
    "{H} missed my connection because of your delay and now you want me to pay for a new ticket??",
    "{H} my hotel room was filthy and reception didn't care",
    "{H} booked a taxi for {T}, it never came, missed my train",
    "{H} how is it possible to be this bad at delivering parcels",
    "{H} you've closed my complaint without even replying",
    "{H} three different agents, three different answers, problem still not fixed",
    "{H} my card was declined for no reason and now my account is frozen",
    "{H} the {ITEM} I ordered came damaged and the returns page doesn't work",
    "{H} this is the {N} time I'm explaining the same problem to someone new",
    "{H} refund promised {D} ago. Where is it?",
    "{H} I want my money back. The product doesn't work",
    "{H} your store in {CITY} had one till open and a queue out the door",
    "{H} the delivery window was 8-12, it's now 6pm and nothing",
    "{H} you charged me a cancellation fee after YOU cancelled. Unbelievable",
    "{H} the sizing on your website is completely wrong, third return this month",
    "{H} my {ITEM} stopped working after {D}. Rubbish",
    "{H} the streaming keeps buffering every night, paying for premium for this?",
    "{H} the gas engineer left a mess and the boiler still isn't working",
    "{H} my energy bill tripled and nobody can explain why",
    "{H} you keep saying 'we're looking into it'. For {D}",
    "{H} no hot food left at 7pm and the staff just laughed",
    "{H} your website says in stock, the store says it's not. Wasted a trip",
    "{H} hours on hold, then the line went dead",
    "{H} still waiting for a response to my complaint from {D} ago",
    "{H} I have never been so disappointed with a company",
    "{H} never ordering from you again",
    "{H} DM'd you {NUM} times. No answer",
    "{H} what is the point of a helpline that never answers?",
    "{H} your courier says they tried to deliver. I was home all day. Nobody knocked",
    "{H} paid for next day delivery, it's been {D}",
    "{H} your customer service team hung up on me",
    "{H} I was told my {ITEM} would be repaired in 5 days. It's been {D}",
    "{H} the car still makes the same noise after the third repair",
    "{H} my bag came off the plane ripped to pieces",
    "{H} the flight was cancelled and the rebooking is for {DAY}. Three days later!",
    "{H} I can't believe you're charging for seat selection and then splitting up families",
    "{H} the app logged me out and now says my account doesn't exist",
    "{H} your so called express delivery is slower than the normal post",
    "{H} my groceries came with half the items substituted for rubbish",
    "{H} the milk you delivered was out of date. {N} time",
    "{H} still no broadband {SINCE}. Working from home is impossible",
    "{H} thanks for nothing",
    "{H} absolutely useless",
    "{H} seriously?? again??",
    "{H} worst airline ever",
    "{H} {DS} on hold. {DS}!",
    "{H} do you actually have any customer service?",
    "{H} why is nobody replying to my messages?",
    "{H} can someone PLEASE help me, nobody is answering",
    "{H} fix your app",
    "{H} not impressed at all",
    "{H} disgraceful service",
    "{H} ridiculous. Just ridiculous",
    "{H} you should be ashamed",
    "{H} still broken",
    "{H} still no refund",
    "{H} still waiting",
    "{H} delayed again",
    "{H} and still no update on my claim",
    "{H} what a joke of a company",
    "{H} cancelled again. Of course",
    "{H} how many times do I have to ask?",
    "Great job {H}, lost my parcel AND charged me for delivery",
    "Oh wonderful {H}, another 'system issue'. Shocking",
    "Nice one {H}, {DS} late and not even an apology",
    "Thanks {H} for ruining our holiday",
    "So {H} have had my money for {D} and I have nothing to show for it",
    "Can't believe how bad {H} has become. Used to be decent",
    "Don't ever use {H}. Lost my {ITEM} and refuse to refund",
    "Avoid {H} at all costs. Nightmare from start to finish",
    "Day {NUM} of trying to get {H} to answer an email",
    "Why is it so hard to cancel a subscription {H}?",
]

# Product and service failures, by domain: (what, as "my ..." and as "a ..."), and what went wrong with it.
FAILURES = {
    "electronics": (
        [("my new phone", "a new phone"), ("the charger", "a charger"), ("my laptop", "a laptop"),
         ("my headphones", "headphones"), ("the TV", "a TV"), ("my tablet", "a tablet"), ("the printer", "a printer"),
         ("my smart watch", "a smart watch"), ("the speaker", "a speaker"), ("my kettle", "a kettle"),
         ("the hoover", "a hoover"), ("my console", "a console")],
        ["broke after {NUM} days", "stopped working after a week", "won't turn on", "won't charge any more",
         "keeps freezing", "overheats every time I use it", "arrived with a cracked screen",
         "has a dead pixel right in the middle", "drains from full to flat in an hour",
         "makes a horrible buzzing noise", "came without the cable", "died the day after the warranty ran out",
         "keeps disconnecting", "was obviously used before, scratches all over it", "smells like burning plastic",
         "snapped at the hinge", "won't pair with anything", "restarts itself every few minutes"],
    ),
    "apparel": (
        [("my jeans", "jeans"), ("the jacket", "a jacket"), ("my new trainers", "trainers"),
         ("the dress", "a dress"), ("my coat", "a coat"), ("the jumper", "a jumper"), ("my boots", "boots"),
         ("the hoodie", "a hoodie"), ("my school shoes", "school shoes")],
        ["fell apart after one wash", "shrank two sizes in the wash", "came with a hole in the sleeve",
         "has the zip broken already", "was the wrong size even though I ordered my usual",
         "is nothing like the picture", "ripped at the seam the first time I wore it", "turned my socks blue",
         "started peeling after a fortnight", "arrived stained", "was sent in the wrong colour",
         "lost its sole after a month"],
    ),
    "food": (
        [("my burger", "a burger"), ("the chips", "chips"), ("my coffee", "a coffee"), ("the chicken", "chicken"),
         ("my takeaway", "a takeaway"), ("the salad", "a salad"), ("my pizza", "a pizza"),
         ("the sandwich", "a sandwich"), ("my breakfast", "breakfast")],
        ["was stone cold", "was raw in the middle", "was missing half the order", "was the wrong order entirely",
         "had a hair in it", "tasted off", "was burnt to a crisp", "took an hour and arrived soggy",
         "was tiny for the price", "had mould on it", "was nothing like what I ordered",
         "gave my whole family food poisoning", "was out of date"],
    ),
    "cars": (
        [("my car", "a car"), ("the brakes", "brakes"), ("the gearbox", "a gearbox"), ("my hire car", "a hire car"),
         ("the sat nav", "a sat nav"), ("my new van", "a van")],
        ["broke down on the motorway", "is still making the same noise after the repair",
         "has had the engine light on since the service", "came back from the garage with a dent",
         "has been in the garage for weeks waiting for a part", "failed its MOT a week after you serviced it",
         "won't start in the mornings", "was handed over with an empty tank and a flat tyre",
         "recall was announced months ago and still no date for the fix"],
    ),
    "software": (
        [("the app", "the app"), ("the update", "the update"), ("your website", "your website"),
         ("the login page", "the login page"), ("my account", "an account"), ("the checkout", "the checkout"),
         ("the game", "the game"), ("my subscription", "a subscription")],
        ["keeps crashing", "logged me out and deleted my saved stuff", "won't load on my phone",
         "has been down all day", "charged me but never activated", "keeps saying something went wrong",
         "deleted all my photos", "is so slow it's unusable", "broke everything that used to work",
         "won't let me reset my password", "freezes on the payment screen", "lost all my progress",
         "keeps renewing even though I cancelled"],
    ),
    "services": (
        [("my broadband", "broadband"), ("my bill", "a bill"), ("the engineer", "an engineer"),
         ("my phone signal", "phone signal"), ("the installation", "an installation"), ("my claim", "a claim"),
         ("my energy bill", "an energy bill"), ("my mortgage application", "a mortgage application")],
        ["has been down for days", "is double what it should be", "didn't turn up again", "is non existent indoors",
         "was booked three times and cancelled three times", "has been stuck for weeks with no update",
         "went up again without any warning", "keeps cutting out every evening",
         "was closed without anyone contacting me", "still isn't sorted after four phone calls"],
    ),
    "transport": (
        [("my flight", "a flight"), ("my bag", "a bag"), ("the train", "a train"), ("my connection", "a connection"),
         ("the coach", "a coach"), ("my booking", "a booking"), ("the ferry", "a ferry")],
        ["was cancelled with two hours notice", "is still missing after a week", "was delayed all night",
         "left without us even though we were at the gate", "was overbooked and I got bumped",
         "arrived ripped open", "was so crowded people were fainting", "has disappeared from the system",
         "was changed without telling me"],
    ),
}
FAILURE_FRAMES = [
    "{H} {my} {what}",
    "{H} bought {a} from you {ago} and it {what}",
    "{H} I ordered {a} and it {what}",
    "{H} so {my} {what}. {TAIL}",
    "{my} from {H} {what}",
    "{H} hi, {my} {what} and I'd like a replacement or a refund",
    "{H} is it normal that {my} {what}?",
    "{H} paid {MONEY} for {a} and it {what}",
    "{H} hello, {my} {what}, what are you going to do about it?",
    "{H} just to let you know {my} {what}. not impressed",
    "honestly {H}, {my} {what}",
    "{H} second time {my} {what}",
    "{H} {my} {what} and your helpline won't pick up",
    "Don't buy from {H}, {my} {what}",
    "{H} how is it that {my} {what}",
]

# The same things in posts that are not complaints (label 0).
OTHER_FRAMES = [
    "{H} does {a} come with a warranty?",
    "{H} loving {my} {E+}",
    "{H} when will {a} be back in stock?",
    "{H} is {my} covered if I take it abroad?",
    "{H} just picked up {my}, so happy with it",
    "{H} how long does {a} usually take?",
    "{H} can I change {my} online or do I need to call?",
    "{H} {my} is perfect, thank you",
    "{H} do you do {a} in the sale?",
    "{H} thanks for sorting {my} so quickly",
    "{H} quick one, where can I check on {my}?",
    "{H} is there a discount on {a} for students?",
    "got {a} from {H} last week and it's great",
    "{H} what's the difference between the two options for {a}?",
    "{H} hi, just checking {my} is still booked for {DAY}",
]

# First-person accounts of being let down (label 1).
FIRST_PERSON_COMPLAINTS = [
    "{H} I've called {NUM} times and every time I'm told something different",
    "{H} I was told I'd get a call back within 24 hours. That was {D} ago",
    "{H} I was promised a refund by the end of the week and nothing has arrived",
    "{H} I paid for a year upfront and the service stopped after a month",
    "{H} I still haven't received my {ITEM} and your tracking link doesn't work",
    "{H} I've been charged for something I never ordered",
    "{H} I can't get through to anyone, I've tried phone, email and chat",
    "{H} I've had to take another day off work because your engineer didn't come",
    "{H} I'm disabled and your staff refused to help me with the ramp",
    "{H} I have asked you {NUM} times to stop emailing me",
    "{H} I was on the phone for {DS} and got passed between {NUM} departments",
    "{H} I don't understand why it takes {D} to send a replacement",
    "{H} I just want someone to take responsibility",
    "{H} I've been a loyal customer for years and you've treated me like dirt",
    "{H} I gave you my meter readings and you still estimated my bill",
    "{H} I asked for a manager and was told there isn't one",
    "{H} I returned the {ITEM} {D} ago and I'm still waiting for my money",
    "{H} I was sold the wrong ticket and then fined for having the wrong ticket",
    "{H} I got home to find my {ITEM} dumped in the bin store",
    "{H} I moved house {D} ago and you're still billing the old address",
    "I keep getting letters from {H} about a debt that isn't mine",
    "I have never had such a bad experience as I've had with {H}",
    "I spent my whole lunch break on hold to {H}",
    "I've given up waiting for {H} to fix this",
    "my order from {H} never came and they won't refund me",
    "my mum has been trying to cancel her contract with {H} for {D}",
    "my bag has been sitting somewhere in an airport for {D} {H}",
    "we were left standing at the stop for {DS} and not one {H} bus came",
    "we booked months ago and {H} cancelled our table on the day",
    "we've had no heating {SINCE} and {H} keep rescheduling",
    "{H} we were moved to a worse room without any explanation",
    "{H} we waited {DS} at the counter while staff chatted to each other",
    "{H} my account was hacked and you locked ME out",
    "{H} my son's school shoes split after two weeks",
    "{H} my grandad waited {DS} for assistance at the station",
    "{H} my delivery was given to a neighbour I've never met and they won't say who",
]

# First-person posts that are not complaints (label 0).
FIRST_PERSON_OTHER = [
    "I love my new {ITEM} from {H}",
    "{H} I just ordered the {ITEM}, can't wait for it to arrive",
    "{H} I'm so excited for the new series",
    "{H} I was wondering if you deliver on Saturdays?",
    "{H} I'd like to know if the {ITEM} comes in black",
    "{H} I need to change the name on my booking, how do I do that?",
    "{H} I think I left my umbrella on the {T} train yesterday, is there a lost property?",
    "{H} I've sent you a DM with my details",
    "{H} I've just renewed, thanks for the discount",
    "{H} I got a voucher for my birthday, can I use it online?",
    "I finally got my bike fixed, back on the road tomorrow",
    "I think I need a new phone, any recommendations?",
    "I'm moving to {CITY} next month, where should I live?",
    "I have been waiting all year for this holiday {E+}",
    "I can't wait for summer",
    "I don't think I've ever laughed so hard",
    "I never thought I'd enjoy running but here we are",
    "I'm not even mad, that was a great goal",
    "I still can't believe she said yes {E+}",
    "I have no idea what to cook tonight",
    "I was today years old when I found out you can freeze cheese",
    "I've been to {CITY} three times this year and I love it more every time",
    "we're going to the seaside this weekend {E+}",
    "we finally finished decorating the nursery",
    "my little one started nursery today, I cried more than she did",
    "my new glasses are so much better, I can see!",
    "my team won the pub quiz again",
    "{H} my order came today, really pleased with it",
    "{H} my package arrived early, nice one",
    "{H} I had a great stay, thank you to all the staff",
    "{H} I was worried about the delay but you kept us updated, thanks",
]

# Extra sentences that can follow a complaint.
COMPLAINT_TAILS = [
    "Absolutely ridiculous.", "Sort it out.", "Not good enough.", "Unacceptable.", "Fuming.", "So fed up.",
    "Can someone actually help?", "Is anyone there?", "Please respond.", "Who do I complain to?", "Never again.",
    "Worst service ever.", "Thanks for nothing.", "#fail", "#disappointed", "Do better.", "What a joke.",
    "I want a refund.", "Still no reply.", "Ridiculous.", "Zero communication.", "Shocking.", "Disgraceful.",
    "Sick of it.", "Every single time.", "This is a joke.", "Pathetic.", "Beyond frustrated.", "Sort it out!!",
    "Not happy.", "Appalling.", "So angry right now.", "Useless.", "Honestly.", "Why is this so hard?",
    "#notgoodenough", "Not the first time either.", "We pay for this!", "Absolute joke.", "ffs", "smh",
    "Really not impressed.", "Expect better.", "What am I paying for?", "Nobody cares.", "Waste of time.",
]

# ---------------------------------------------------------------------------------------------------------
# Praise and thanks (label 0).
PRAISE = [
    "{H} thank you for fixing the streetlight on {S} so quickly!",
    "Huge thanks to the bin crew on {S} who always put the bins back neatly {E+}",
    "Shout out to the nurses at {CITY} General, they looked after my gran so well",
    "Great service from {H} today, parcel arrived a day early {E+}",
    "{H} sorted my issue in 5 minutes. Brilliant customer service",
    "Love the new bus timetable app, so much easier {E+}",
    "{H} thanks for the quick reply, all sorted now",
    "Really impressed with the new library on {S}, the kids loved it",
    "The pothole on {S} was fixed within two days of reporting it. Credit where it's due {H}",
    "{H} your driver this morning was so kind to my dad, please pass on our thanks",
    "Can't fault the GP surgery, seen the same day and really helpful",
    "Couldn't be happier with {H}, fast delivery and great quality",
    "No complaints at all, {H} were brilliant from start to finish",
    "Never had a problem with {H}, always reliable",
    "{H} just wanted to say thank you to the engineer who came out today, top bloke",
    "Thanks {H} for the refund, quick and painless",
    "The park on {S} looks amazing after the makeover, well done {H}",
    "Train was on time every day this week, who is this {H} and what have you done with the old one {E0}",
    "Massive thanks to the A&E team last night, you were all incredible",
    "The ER staff were fantastic with my son, so grateful",
    "{H} the new recycling bins are great, thanks for sorting them",
    "Fair play to {H}, the replacement arrived next day",
    "{H} cheers for the update, appreciate it",
    "{H} thank you!! {E+}",
    "{H} you're the best, thanks for helping me out",
    "Had to call {H} today, got through in 2 minutes and it was fixed. Amazing",
    "The bin men on our road are legends {E+}",
    "Just want to say the crew clearing the snow on {S} this morning did a great job",
    "{H} flight attendants on my flight today were lovely, thank you",
    "Smooth journey today with {H}, clean train and on time {E+}",
    "{H} thank you for the birthday treat, so thoughtful",
    "Delighted with my new {ITEM} from {H}, works perfectly",
    "{H} great to see the street lights on {S} replaced with LEDs, much brighter",
    "Our library runs the best toddler sessions, thank you to the staff {E+}",
    "Really good experience at the walk-in centre, in and out in 40 minutes",
    "The council's new bulky waste booking is so easy, booked it in 2 minutes",
    "{H} loving the new menu {E+}",
    "Big thank you to the social worker who helped my family this year",
    "{H} your team went above and beyond today, thank you so much",
    "Props to {H} for keeping us updated during the delay, really helpful",
    "{H} thanks for getting back to me so fast, problem solved",
    "Well done to everyone at {H} for the festival last weekend, what a day",
    "{H} the new cycle lane on {S} makes my commute so much safer, thank you",
    "Credit to {H}, they reimbursed my taxi without any fuss",
    "I was dreading calling {H} but it was genuinely painless",
    "The carers who visit my mum are angels, thank you {H}",
    "Nice to see the graffiti cleaned off the underpass so quickly",
    "Recycling collected on time all year, cheers {H}",
    "{H} best customer service I've had in ages",
    "{H} great work today, thanks",
    "{H} thanks, that's really helpful",
    "{H} perfect, thank you",
    "{H} thanks so much {E+}",
    "{H} brilliant, cheers",
    "{H} all sorted now, thanks for your help",
    "{H} that's great news, thanks for letting me know",
]

# Questions asking for information (label 0).
QUESTIONS = [
    "{H} what day is recycling collected on {S}?",
    "Does anyone know if the library is open on bank holiday Monday?",
    "{H} do you ship to Ireland?",
    "{H} is there a student discount?",
    "{H} how do I change my delivery address?",
    "What time does the first bus leave {CITY} on Sundays?",
    "{H} can I take garden waste to the tip or do I need to book?",
    "{H} when does the sale start?",
    "Hi {H}, is the new {ITEM} in stock at the {CITY} store?",
    "{H} are you still doing free delivery over £40?",
    "{H} when are bins collected again after Christmas?",
    "{H} will trains be running on Boxing Day?",
    "{H} how do I apply for a parking permit?",
    "{H} is the swimming pool open this weekend?",
    "{H} how far in advance can I book a GP appointment online?",
    "{H} what's the best way to report a pothole?",
    "{H} do I need to print my boarding pass or is the app enough?",
    "{H} can I bring a pushchair on the bus?",
    "{H} is there step-free access at {STN}?",
    "Anyone know who to contact about a new wheelie bin?",
    "{H} what are your opening hours on {DAY}?",
    "{H} can I pay my property tax in instalments?",
    "{H} how do I register to vote at my new address?",
    "{H} is the {ITEM} compatible with a Mac?",
    "{H} do you price match?",
    "{H} how long does a refund usually take to show up?",
    "{H} is there parking at the {CITY} hospital?",
    "{H} could you tell me if the {T} is running today?",
    "{H} where can I find the bin collection calendar for next year?",
    "{H} how do I book a bulky waste collection?",
    "{H} does the 14 still stop outside the library?",
    "{H} any news on when the new station entrance opens?",
    "{H} what's the baggage allowance for hand luggage?",
    "{H} can I change my flight date online?",
    "Quick question {H}, do you deliver on Sundays?",
    "{H} hi, is the pharmacy at {CITY} open late tonight?",
    "{H} what time do the roadworks on {S} finish each day?",
    "{H} can I use my railcard on this route?",
    "{H} is it possible to add a second user to my account?",
    "{H} are dogs allowed in {S} park?",
    "{H} will the library have the new Richard Osman book?",
    "{H} do you do gift wrapping?",
    "Does anyone know if the school is open tomorrow with the snow?",
    "{H} how do I get a blue badge?",
    "{H} is there a number I can call about a noise complaint out of hours?",
    "{H} where do I send my meter reading?",
    "{H} do you have this in a size 10?",
    "{H} how do I find out my council tax band?",
    "{H} hey, what's the wifi password on the train? {E0}",
    "{H} hi there, can I collect my order from the store instead?",
    "{H} is there any way to upgrade my seat?",
    "{H} do you know when the next delivery slot is?",
    "{H} what are the rules on taking bikes on trains?",
    "{H} is the recycling centre open on bank holidays?",
]

# Organisation announcements and replies from support teams (label 0).
ANNOUNCEMENTS = [
    "Roadworks on {S} from {DAY}: expect some delays. Details: https://example.gov/roadworks",
    "Our libraries will be closed on Monday for the bank holiday. Online services are available as usual",
    "Reminder: bins will be collected a day later than usual this week because of the holiday",
    "Planned engineering works: no trains between {STN} and {CITY} this weekend. Replacement buses will run",
    "We're sorry to hear that. Please DM us your order number and we'll look into it",
    "Hi, sorry for the wait. Could you send us a DM with your booking reference so we can help?",
    "Thanks for letting us know. We've passed this to the local team",
    "Sorry about the delay this morning, this was caused by a signal fault near {STN}. Services are now running normally",
    "Public consultation on the new parking scheme is open until {DAY}. Have your say: https://example.gov/consult",
    "The new recycling centre on {S} opens on {DAY}. Opening hours 8am to 6pm",
    "Flu jabs are now available at your local pharmacy. Book online or call 111 for advice",
    "Winter gritting starts tonight on all priority routes. Please take care on the roads",
    "Free swimming for under 16s during the summer holidays at all council pools",
    "Due to high demand our phone lines are busy. You can also reach us through our website",
    "We apologise for any inconvenience while we upgrade our systems tonight between 1am and 3am",
    "Our store in {CITY} is now open until 10pm on Fridays",
    "Service update: the {ROUTE} is diverted via {S} until Friday due to resurfacing works",
    "Council meeting tonight at {T}, watch live on our website",
    "New: report potholes, fly tipping and broken street lights in our app",
    "Hi there, we'd be happy to help. What's the postcode so we can check the collection day?",
    "Hey, thanks for reaching out. Our team is available 8am to 8pm, 7 days a week",
    "We're aware of an issue affecting some customers in the {CITY} area and are working to fix it",
    "Sorry to hear about your experience. Please email our customer team and we'll get this sorted",
    "Apologies for the wait today, we're experiencing higher call volumes than usual",
    "Thanks for your patience. Your refund has been processed and should show in 3-5 working days",
    "Our summer reading challenge starts {DAY}! Pick up your pack at any library",
    "Spring clean volunteers needed on {S} this {DAY}, gloves and bags provided",
    "Register to vote by {DAY} to have your say in the local elections",
    "Road closure: {S} will be closed overnight for resurfacing from {DAY}",
    "Heatwave advice: drink plenty of water and check on elderly neighbours",
    "The {CITY} marathon takes place on {DAY}, several bus routes will be diverted",
    "Water supply has been restored to all homes in the {CITY} area. Thank you for your patience",
    "Hi, I'm sorry you've had trouble with your delivery. Can you DM us the tracking number?",
    "We've had a look and can see your engineer is booked for {DAY} morning",
    "Thanks for getting in touch, the next bus from that stop is due at {T}",
    "Christmas and New Year bin collection dates are now on our website",
    "We're hiring! Bus drivers wanted, full training provided",
    "Our new website is live, let us know what you think",
    "Please be aware of phone scams pretending to be the council asking for bank details",
    "Tickets for the fireworks display at {S} park are now on sale",
    "Sorry for any disruption today. Please check before you travel",
    "Hi {F}, thanks for the kind words! We'll pass them on to the team",
    "Good morning! Trains are running on time across the network today",
    "Our helpline will be closed on {DAY} for staff training. Normal hours resume {DAY}",
    "Kerbside food waste collection is coming to {S} in the spring",
    "Hi, we're sorry about the noise last night. We'll speak to the contractor",
]

# Everyday posts and replies between people (label 0).
PERSONAL = [
    "Can't believe it's Monday already {E0}",
    "Best roast dinner I've had in ages {E+}",
    "Anyone watching the match tonight?",
    "My dog just ate a whole sock {E0}",
    "So tired today, need all the coffee",
    "Just finished my first 10k! Legs are dead but so happy {E+}",
    "It's raining AGAIN, typical British summer",
    "New episode tonight, no spoilers please!",
    "Trying a new pasta recipe tonight, wish me luck",
    "My head is killing me today",
    "Missed the bus by ten seconds, my own fault for stopping for a coffee {E0}",
    "Finally finished the book, what an ending",
    "Why is it so hard to get up on dark mornings",
    "Happy birthday to my amazing sister {E+}",
    "Gym at 6am, who even am I",
    "Can't stop listening to this album {E0}",
    "Kids are finally asleep. Wine time",
    "I hate Mondays lol",
    "That feeling when you find a tenner in your old coat {E+}",
    "Loving this sunshine ☀️",
    "Football on the telly, pizza in the oven, perfect Saturday",
    "Got the job!!! {E+}",
    "Cat has decided my keyboard is her bed now",
    "Just booked a holiday to Portugal {E+}",
    "Still can't believe we won last night!!",
    "I'm never eating that much cheese before bed again {E0}",
    "Binge watched the whole series in two days, no regrets",
    "It's only Wednesday?? {E0}",
    "Anyone got any good podcast recommendations?",
    "Traffic was mad this morning, must be the school holidays ending",
    "Feeling a bit rough after last night {E0}",
    "Exams next week, send help {E0}",
    "My phone is on 2% and I'm miles from home",
    "So proud of my little boy, first day at school today {E+}",
    "Who else is already thinking about Christmas?",
    "Made banana bread, it's mostly edible",
    "Walked 20k steps today, my feet hate me",
    "Nothing beats a cup of tea in the garden",
    "The new Marvel film was so good",
    "Why do I always buy plants and then kill them",
    "Wedding planning is so stressful",
    "Can't wait for the weekend",
    "Tried to assemble flat pack furniture. Lost the battle",
    "Sunday lie in is the best thing ever",
    "Feel like I haven't slept in a week",
    "Snow day! Kids are going mad {E+}",
    "Gutted we lost, we were robbed by that penalty",
    "Honestly the ref was a joke today",
    "Burnt the toast again, classic me",
    "Ugh, forgot my umbrella and it's pouring",
    "I think I'm coming down with a cold",
    "Date night tonight {E+}",
    "Back to work tomorrow, the holiday went way too fast",
    "Spent all day in the garden and I've got sunburn now",
    "Why does the printer never work when you need it {E0}",
    "Just realised I've been saying this word wrong my whole life",
    "Our fridge is empty and so is my bank account {E0}",
    "Reading week = sleeping week",
    "Can't decide what to have for tea",
    "Baby kept us up all night again, running on caffeine",
    "Going to the {CITY} Christmas market tomorrow, can't wait",
    "Just saw the most beautiful sunset over {CITY}",
    "Learning to drive is terrifying",
    "The new coffee shop on {S} does amazing cakes",
    "Charity quiz at the pub tonight, we came second!",
    "Hot take: pineapple on pizza is fine",
    "Going to bed at 9 on a Friday, living the dream",
    "Spent the whole morning on a puzzle",
    "Thinking about getting a puppy, someone stop me",
    "Just ran into my old teacher at the supermarket",
    "Why are my headphones always tangled",
    "Cannot wait to see Taylor Swift next month {E+}",
    "Rainy day = film day",
    "My nan is the funniest person I know",
    "Working from the garden today, not complaining",
    "Dinner with the girls tonight {E+}",
    "Lads holiday booked",
    "Stuck in traffic on the M62 listening to the same 3 songs",
    "I need a holiday from my holiday",
    "The new neighbours have a dog that looks exactly like a bear",
    "First time trying sushi, not sure yet",
    "Done all my Christmas shopping, feeling smug",
    "Saturday morning park run done {E+}",
    "Watching old home videos and crying",
    "Got my nails done, feeling fancy",
    "Painting the living room, already regretting the colour",
    "Is it socially acceptable to eat cereal for dinner",
    "Revision time, wish me luck",
    "Massive storm outside, the cat is hiding under the bed",
    "The queue at the post office was out the door but the staff were lovely",
    "I love this city so much",
    "Can't find my keys again, every single morning",
    "Some days you just need a nap",
    "My toddler just said her first full sentence",
    "What a game, what a goal!!",
    "Just signed up for my first half marathon, what have I done",
    "Ordered way too much Chinese again",
    "Mondays are for meal prep",
]

REPLIES = [
    "{F} haha you're so right",
    "{F} congrats on the new job!! {E+}",
    "{F} did you see the match last night?",
    "{F} miss you! When are you back?",
    "{F} no way, that's hilarious {E0}",
    "{F} you're the best",
    "{F} ha thanks mate, will do",
    "{F} happy birthday!! Have a great day {E+}",
    "{F} that looks amazing, where is that?",
    "{F} omg same {E0}",
    "{F} can't wait to see you on Saturday",
    "{F} I'm so sorry to hear that, sending love",
    "{F} you look incredible in that photo",
    "{F} lol I literally just said that",
    "{F} you need to watch it, it's so good",
    "{F} agreed, best film of the year",
    "{F} tell me about it {E0}",
    "{F} good luck tomorrow, you'll smash it",
    "{F} thanks for a lovely evening {E+}",
    "{F} I still haven't finished it, no spoilers!",
    "{F} yes please, count me in",
    "{F} that's so cute",
    "{F} you're not wrong",
    "{F} where did you get that jacket?",
    "{F} you've got this {E+}",
    "{F} hahaha I can't breathe {E0}",
    "{F} proud of you",
    "{F} we should definitely do that again",
    "{F} wait what? Since when?",
    "{F} I don't know how you do it",
    "{F} you won't believe what happened at work today",
    "{F} never again mate, my head is still pounding {E0}",
    "{F} we didn't get home till 3am {E0}",
    "{F} you're still coming tonight right?",
    "{F} have you tried turning it off and on again {E0}",
    "{F} can you send me that recipe?",
    "{F} no worries at all",
    "{F} I love this so much",
    "{F} same time next week?",
    "{F} glad you got home safe",
    "{F} you are hilarious",
    "{F} welcome to the club {E0}",
    "{F} aww thank you!",
    "{F} oh no, hope you feel better soon",
    "{F} you should totally go for it",
    "{F} I'm dying {E0}",
    "{F} happy anniversary you two {E+}",
    "{F} I can't believe you did that {E0}",
    "{F} it was so good to catch up",
    "{F} is it still on for tomorrow?",
]

# More everyday posts, with slots for variety (label 0).
EVERYDAY = [
    "{DAY} mood: {FOOD} and an early night",
    "Can't stop thinking about that {FOOD} I had in {CITY}",
    "Who's watching {SHOW} tonight? {E0}",
    "{SHOW} has ruined my sleep schedule",
    "Come on {TEAM}!!! {E+}",
    "{TEAM} are going to break my heart again this season",
    "That {TEAM} game was insane",
    "Absolutely robbed today, {TEAM} deserved at least a draw",
    "My {PET} refuses to go out in the rain, same to be fair",
    "The {PET} has stolen my spot on the sofa again",
    "Making {FOOD} for the first time, wish me luck {E0}",
    "Treated myself to {FOOD} because it's {DAY}",
    "{CITY} in the sunshine is unbeatable",
    "Weekend in {CITY} with the girls, can't wait {E+}",
    "Road trip to {CITY} this weekend, playlist suggestions please",
    "Just got back from {CITY}, I need another holiday already",
    "Not me crying at {SHOW} again",
    "Can someone explain the ending of {SHOW} to me",
    "My {RELATIVE} just discovered emojis and it's chaos {E0}",
    "Lunch with my {RELATIVE} today, she's the best",
    "My {RELATIVE} sent me a voice note that was 7 minutes long {E0}",
    "Happy {DAY} everyone {E+}",
    "It's {DAY} and I've already eaten all my snacks for the week",
    "{DAY} plans: absolutely nothing",
    "Anyone else feel like {DAY} lasted a week?",
    "Tired but happy after {ACTIVITY} this morning",
    "First time {ACTIVITY} in years, I'm going to feel this tomorrow",
    "Nothing like {ACTIVITY} to clear your head",
    "Thinking about taking up {ACTIVITY}, is it too late at 40?",
    "Can't believe how good the {FOOD} was at that new place on {S}",
    "So hungry I could eat {FOOD} for every meal",
    "My {PET} has learned to open the fridge. We are doomed",
    "Proud of my {RELATIVE}, she passed her driving test {E+}",
    "Quiet night in with {SHOW} and {FOOD}",
    "Why is {SHOW} so addictive",
    "{TEAM} fans, we go again next week",
    "Lost my voice shouting at the telly, {TEAM} what was that",
    "The sky over {CITY} tonight {E+}",
    "Rain, rain, and more rain in {CITY} today {E0}",
    "Heatwave in {CITY}, I'm melting",
    "Sat in the garden with a brew, life is good",
    "Haven't seen my {RELATIVE} in so long, booked the train to see her",
    "Spent the day at the beach, sunburnt but happy",
    "I swear my {PET} understands every word I say",
    "Birthday weekend!! {E+}",
    "Making a playlist for the gym, send me bangers",
    "Finally tidied my room, my mum would be proud",
    "That moment when the song you love comes on shuffle {E+}",
    "Can't sleep, watching {SHOW} again",
    "Baking {FOOD} with the kids, the kitchen is destroyed {E0}",
]
EVERYDAY_SLOTS = {
    "FOOD": ["pizza", "a curry", "pancakes", "tacos", "fish and chips", "a roast", "ramen", "cheesecake", "lasagne",
             "a bacon sandwich", "brownies", "noodles", "a burrito", "scones"],
    "SHOW": ["Bake Off", "the new Netflix series", "Love Island", "the football", "Strictly", "the Oscars",
             "that new detective drama", "the Great British Menu", "the darts", "the documentary everyone's talking about"],
    "TEAM": ["Leeds", "United", "City", "the Lakers", "the Giants", "Celtic", "Arsenal", "the Cubs", "Wales", "England"],
    "PET": ["dog", "cat", "puppy", "kitten", "rabbit", "hamster", "parrot"],
    "RELATIVE": ["nan", "mum", "sister", "auntie", "grandma", "cousin", "best mate"],
    "ACTIVITY": ["swimming", "a long run", "yoga", "climbing", "a bike ride", "a hike", "football", "paddleboarding"],
}

MORE_REPLIES = [
    "{F} that's sick mate {E0}",
    "{F} unreal, well done!!",
    "{F} insane, how did you do that",
    "{F} I'm screaming {E0}",
    "{F} stop it, you're killing me",
    "{F} no chance, you're joking",
    "{F} ugh I know, worst feeling ever {E0}",
    "{F} honestly the worst film I've ever seen lol",
    "{F} that's terrible, hope you're ok",
    "{F} nightmare! Hope the car is ok",
    "{F} still can't believe it",
    "{F} not again {E0}",
    "{F} you're so bad {E0}",
    "{F} awful news, thinking of you",
    "{F} why are you like this {E0}",
    "{F} you never told me that!",
    "{F} I can't cope with you {E0}",
    "{F} I'm fuming, you didn't invite me",
    "{F} don't even start {E0}",
    "{F} you're a nightmare lol",
]

# Follow-ups in a conversation with a support team that still complain (label 1).
CONVERSATION_COMPLAINTS = [
    "{H} it's been {D} and still nothing",
    "{H} I did that already and it still doesn't work",
    "{H} that's what you said last week",
    "{H} no one has contacted me",
    "{H} still not working",
    "{H} nope, still broken",
    "{H} I've already sent it twice",
    "{H} I DMed you {D} ago and heard nothing back",
    "{H} you keep asking for the same details and nothing happens",
    "{H} no, nobody came",
    "{H} that doesn't help at all",
    "{H} I've tried that, it makes no difference",
    "{H} your colleague told me the opposite yesterday",
    "{H} so what am I supposed to do now?",
    "{H} and I'm still being charged for it",
    "{H} that's not good enough, I want it fixed",
    "{H} no, I still haven't had a reply",
    "{H} that was {D} ago, still waiting",
    "{H} yes and it's still the same",
    "{H} it's happened again",
    "{H} why should I have to chase this?",
    "{H} I already did that and the page just errors",
    "{H} you said it would be sorted by {DAY}. It isn't",
    "{H} the link you sent doesn't work",
    "{H} I've been patient but this is ridiculous now",
    "{H} still no sign of it",
    "{H} well nobody has been in touch",
    "{H} the form won't submit",
    "{H} and now I've been charged again",
    "{H} again, no response",
    "{H} you've said that {NUM} times now",
    "{H} I'm not paying for something that doesn't work",
    "{H} apparently it was delivered. It wasn't",
    "{H} that's the {N} different answer I've been given",
    "{H} tracking still says the same thing as {DAY}",
]

# Follow-ups in a conversation with a support team that do not complain (label 0).
CONVERSATION_OTHER = [
    "{H} yes please",
    "{H} it's order {ORDER}",
    "{H} ok thanks, I'll wait for the email",
    "{H} no worries, thanks for checking",
    "{H} that's fine, thank you",
    "{H} done, sent you a DM",
    "{H} it was the {T} from {STN}",
    "{H} hi, my order number is {ORDER}",
    "{H} no problem at all",
    "{H} great, that worked, thanks!",
    "{H} all good now thanks",
    "{H} perfect, see you {DAY}",
    "{H} ah ok, that makes sense",
    "{H} thanks, I'll give that a go",
    "{H} ok will do",
    "{H} cheers, that's sorted it",
    "{H} it's fine now, thanks for getting back to me",
    "{H} that's brilliant, thank you",
    "{H} oh amazing, didn't know that",
    "{H} yes it's {ORDER}",
    "{H} I'll pop in on {DAY} then",
    "{H} thanks for letting me know",
    "{H} no, that's everything, thanks",
    "{H} got it, thank you",
    "{H} haha no worries",
    "{H} sounds good",
    "{H} the email address is the one on my account",
    "{H} it's for two adults and a child",
    "{H} it's the {CITY} store",
    "{H} not yet, I'll let you know if it doesn't arrive",
    "{H} no need, it turned up this morning",
    "{H} it's not urgent, whenever you can",
    "{H} no I don't think so, thanks though",
    "{H} can't complain, it arrived on time",
]

# News, opinion, promotions and other posts with no service complaint (label 0).
OTHER_POSTS = [
    "Terrible news about the floods in {CITY}, thoughts with everyone affected",
    "Can't believe the referee didn't give that, absolute joke of a decision",
    "Worst episode of {SHOW} ever, what were they thinking",
    "This government has no idea what it's doing",
    "Politicians arguing about nothing again while the world burns",
    "The ending of that film was so bad I want my two hours back {E0}",
    "RT {F}: giveaway time! Follow and retweet to win {FOOD} for a year",
    "New blog post: my favourite walks around {CITY} https://example.blog/walks",
    "Listening to the new album on repeat {E+}",
    "I liked a video: 10 tips for better sleep",
    "50% off everything this weekend only, don't miss out!",
    "Breaking: heavy snow expected across the north tomorrow",
    "Interesting piece on housing costs in {CITY} today",
    "So the rumours were true, the band are splitting up {E0}",
    "Election results coming in, what a night",
    "That interview was painful to watch",
    "The weather this week is depressing, need some sun",
    "Another Monday, another week of emails",
    "Why do celebrities think we care about their breakfast",
    "Hot take: the old version of this song is better",
    "Can't stand people who play music on the bus without headphones",
    "Stock markets down again today, my pension is crying",
    "Just voted, go and have your say",
    "Happy Pride month everyone 🌈",
    "Some people really shouldn't be allowed to drive",
    "Missed the penalty in the last minute, I'm devastated",
    "Hate it when my phone autocorrects my name",
    "It's so cold my fingers have stopped working",
    "Reading a thread about the history of {CITY}, fascinating",
    "Why is everything so expensive now, a coffee is nearly £4",
    "My team is a disgrace this season honestly {E0}",
    "Shocking scenes at the match, hope everyone is ok",
    "Join us on {DAY} for our charity bake sale!",
    "Win tickets to see {TEAM}! Just like and share",
    "Our spring menu is here, come and try it",
    "Check out my new video, link in bio",
    "Grim weather again, summer where are you",
    "Feeling so unmotivated today",
    "Worst hangover of my life, never drinking again {E0}",
    "The WiFi at my mum's house is so slow lol",
    "Sad day, my favourite cafe is closing down",
    "My brother still hasn't returned my charger",
    "Still waiting for my hair to grow back after that haircut {E0}",
    "I've been waiting all week for this episode",
    "Three hours of revision and I've learned nothing",
]

# Everyday posts that use the complaint cues (negation, still, again, durations, "third time", questions,
# capitals, exclamations) without complaining about anything (label 0).
CUE_LOOKALIKES = [
    "I don't even like coffee but here I am on my third cup",
    "Can't wait to see everyone on {DAY} {E+}",
    "Never been so happy to see the sun",
    "Not sure what to wear tonight, help",
    "Don't forget to vote tomorrow!",
    "I can't stop laughing at this {E0}",
    "No plans this weekend and I love it",
    "Nobody told me parenting would be this fun",
    "Didn't think I'd enjoy the opera but it was fantastic",
    "You can't beat a {FOOD} on a {DAY}",
    "Still buzzing from last night {E+}",
    "Still can't get over how good that concert was",
    "Watching {SHOW} again because why not",
    "Back in {CITY} again, my favourite place",
    "Two weeks in Spain booked!! {E+}",
    "Only 3 hours of sleep but it was worth it",
    "A year since we got married today {E+}",
    "5 days till Christmas, who's excited?",
    "10 years at the same company today, where did the time go",
    "Been married 25 years today, love you {F}",
    "Third time lucky, finally passed my driving test!!",
    "Second time watching it and I still cried",
    "Three hours at the spa, bliss",
    "Waited all week for this weekend {E+}",
    "Took me 20 minutes to choose a film and then I fell asleep",
    "Spent two hours in the garden centre again, send help {E0}",
    "WHAT A GOAL!!! {E+}",
    "SO EXCITED for tonight!!",
    "HAPPY BIRTHDAY to the best brother ever!!",
    "OMG they're back together?!",
    "Is it too early for Christmas music?",
    "Why is the cat staring at the wall?",
    "Who else is up this early?",
    "Anyone want to come to the cinema on {DAY}?",
    "Have you ever seen a sky like this? {E+}",
    "It never gets old seeing my dog go mad for the beach",
    "No way I'm running another marathon. Ok maybe one more",
    "Haven't laughed this much in ages",
    "Can't believe my baby is 5 today {E+}",
    "I won't lie, that cake was amazing",
    "Nothing better than a lazy {DAY}",
    "Didn't expect the sequel to be better than the first one",
    "Still not over the finale of {SHOW}",
    "Not bad for a first attempt at bread",
    "My flight's at 6am, I haven't even packed yet {E0}",
    "Waiting for the kettle to boil like it's a sporting event",
    "I've been waiting 3 weeks for this haircut and it's perfect",
    "Been waiting all year for {TEAM} to win that, get in!!",
    "I'm never going to finish this jigsaw",
    "Why does time go so fast on holiday?",
    "Can you believe it's nearly summer?",
    "Hours of fun at the park with the kids today",
    "Spent a month in {CITY} and didn't want to leave",
    "Again?? {TEAM} you beauties!!",
    "I keep forgetting it's a bank holiday on {DAY}",
    "Nobody does a roast like my mum",
    "Not a cloud in the sky today {E+}",
    "Don't talk to me until I've had my coffee",
    "Can't decide between {FOOD} and {FOOD} tonight",
    "Never knew {CITY} was this pretty at night",
]

# Neutral remarks about services and companies that are not complaints (label 0).
NEUTRAL_SERVICE = [
    "Just renewed my parking permit online, took two minutes",
    "Bins go out tonight, don't forget it's recycling week",
    "Heading into {CITY} on the train for a meeting",
    "Voted in the council elections this morning",
    "New cycle lane opening on {S} next week",
    "Reading up on the new city budget tonight",
    "The library has a new kids section, worth a visit",
    "Booked my flu jab at the pharmacy for {DAY}",
    "Waiting for the {T} bus, reading my book",
    "Picked up my new bus pass today",
    "{H} just ordered the new {ITEM}, excited for it to arrive",
    "Switched my broadband to {H}, let's see how it goes",
    "Watching the council meeting stream, interesting debate on housing",
    "Dropping off old clothes at the recycling centre",
    "Applying for a school place for my son this week",
    "Off to the GP for my annual check up",
    "On the train to {CITY}, beautiful views today",
    "Our street party got approved by the council, see you all on {DAY}!",
    "The bin lorry comes at 6am on our street, like clockwork",
    "Thinking of moving to {CITY} next year, any tips?",
    "Got my council tax letter today, band C",
    "Just downloaded the {H} app",
    "Road closed on {S} for the carnival today, use {S} instead",
    "The bus was packed this morning, everyone heading to the match",
    "{H} just sent you a DM",
    "{H} DM sent",
    "{H} I've sent my details over",
    "{H} ok, I'll try that",
    "{H} will do, thanks",
    "{H} just followed you",
    "Applied for a passport today, fingers crossed",
    "Filling in the census form tonight",
    "Signed the petition for a new crossing on {S}",
    "Local election leaflets through the door again",
    "Walking to work today instead of getting the bus, lovely morning",
    "There's a new food bank opening on {S}, they're looking for volunteers",
    "The waiting room at the dentist has the best magazines",
    "Gave blood today for the first time",
    "Our school is raising money for a new playground, any donations welcome",
    "Took the kids to the library story time, they loved it",
]

TYPO_WORDS = {
    "because": ["becuase", "bc", "cos", "coz"], "your": ["ur", "you're"], "you": ["u"], "please": ["pls", "plz"],
    "still": ["stil"], "waiting": ["waitin", "wating"], "received": ["recieved"], "definitely": ["definately"],
    "really": ["rly", "realy"], "ridiculous": ["rediculous", "ridiculus"], "tomorrow": ["tmrw", "tomorow"],
    "thanks": ["thx", "thanx", "ta"], "cancelled": ["canceled", "cancled"], "people": ["ppl"],
    "something": ["smth"], "though": ["tho"], "delivery": ["delivary"], "again": ["agian"],
    "appointment": ["appt", "appointmnet"], "what": ["wat"], "minutes": ["mins"], "doesn't": ["doesnt"],
    "don't": ["dont"], "can't": ["cant"], "won't": ["wont"], "I'm": ["im", "Im"], "isn't": ["isnt"],
}


class Writer:
    def __init__(self, rng):
        self.rng = rng

    def expand(self, template, handles):
        def slot(match):
            name = match.group(1)
            if name == "H":
                return self.rng.choice(handles)
            if "|" in name:
                return self.rng.choice(name.split("|"))
            if name in EVERYDAY_SLOTS:
                return self.rng.choice(EVERYDAY_SLOTS[name])
            if name == "D" and self.rng.random() < 0.25:
                return self.rng.choice(SINCE)
            return self.rng.choice(SLOTS[name])

        text = template
        for _ in range(3):
            text = re.sub(r"\{([^{}]+)\}", slot, text)
        return text

    def typos(self, text):
        rng = self.rng
        words = text.split(" ")
        for i, word in enumerate(words):
            if word in TYPO_WORDS and rng.random() < 0.35:
                words[i] = rng.choice(TYPO_WORDS[word])
            elif len(word) > 5 and word.isalpha() and rng.random() < 0.04:
                k = rng.randrange(1, len(word) - 2)
                words[i] = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        text = " ".join(words)
        roll = rng.random()
        if roll < 0.25:
            text = text.lower()
        elif roll < 0.30:
            text = text.replace("'", "")
        return text

    def decorate(self, text, label, kind):
        rng = self.rng
        if label == 1:
            if rng.random() < 0.35:
                text = text.rstrip(".") + ". " + rng.choice(COMPLAINT_TAILS)
            if rng.random() < 0.10:
                words = text.split(" ")
                k = rng.randrange(len(words))
                words[k] = words[k].upper()
                text = " ".join(words)
            roll = rng.random()
            if roll < 0.22:
                text += " " + rng.choice(ANGRY)
            elif roll < 0.26:
                text += " " + rng.choice(NEUTRAL_EMOJI)
            if rng.random() < 0.12:
                text += rng.choice(["!!", "!!!", "??", "?!", "..."])
        else:
            roll = rng.random()
            if kind in ("praise", "personal", "reply") and roll < 0.2:
                text += " " + rng.choice(HAPPY if kind == "praise" else NEUTRAL_EMOJI + HAPPY)
            if kind in ("personal", "reply") and rng.random() < 0.05:
                text += " " + rng.choice(["😭", "🙄", "😩"])
            if kind == "announcement" and rng.random() < 0.3:
                text += " " + rng.choice(["#roadworks", "#travelupdate", "#bincollection", "#community", "#NHS"])
        if kind == "personal" and not text.startswith("@") and rng.random() < 0.4:
            text = rng.choice(FRIEND_HANDLES) + " " + text[0].lower() + text[1:]
        if label == 1 and text.startswith("@") and rng.random() < 0.15:
            text = text.split(" ", 1)[1]
            text = text[0].upper() + text[1:]
        if kind != "announcement" and rng.random() < 0.35:
            text = self.typos(text)
        return text


def main():
    rng = random.Random(SEED)
    writer = Writer(rng)
    plan = [
        (PUBLIC_COMPLAINTS, 1, "complaint", 14, "public"),
        (CUSTOMER_COMPLAINTS, 1, "complaint", 12, "company"),
        (PRAISE, 0, "praise", 12, "any"),
        (QUESTIONS, 0, "question", 12, "any"),
        (ANNOUNCEMENTS, 0, "announcement", 10, "any"),
        (PERSONAL, 0, "personal", 12, "any"),
        (REPLIES, 0, "reply", 12, "any"),
        (NEUTRAL_SERVICE, 0, "neutral", 10, "any"),
        (FIRST_PERSON_COMPLAINTS, 1, "complaint", 8, "company"),
        (FIRST_PERSON_OTHER, 0, "personal", 8, "company"),
        (EVERYDAY, 0, "personal", 12, "any"),
        (MORE_REPLIES, 0, "reply", 8, "any"),
        (CONVERSATION_COMPLAINTS, 1, "complaint", 8, "company"),
        (CONVERSATION_OTHER, 0, "question", 8, "company"),
        (OTHER_POSTS, 0, "personal", 8, "any"),
        (CUE_LOOKALIKES, 0, "personal", 8, "any"),
    ]
    seen = set()
    rows = []
    for templates, label, kind, per_template, pool in plan:
        for template in templates:
            for _ in range(per_template):
                handles = {"public": PUBLIC_HANDLES, "company": COMPANY_HANDLES}.get(pool, PUBLIC_HANDLES + COMPANY_HANDLES)
                text = writer.decorate(writer.expand(template, handles), label, kind)
                text = re.sub(r"\s+", " ", text).strip()
                if text.lower() in seen:
                    continue
                seen.add(text.lower())
                rows.append((text, label))
    for domain in sorted(FAILURES):
        things, problems = FAILURES[domain]
        for thing in things:
            for _ in range(9):
                frame = rng.choice(FAILURE_FRAMES)
                what = rng.choice(problems)
                text = frame.replace("{my}", thing[0]).replace("{a}", thing[1]).replace("{what}", what)
                text = text.replace("{ago}", rng.choice(AGO))
                text = writer.decorate(writer.expand(text, COMPANY_HANDLES), 1, "complaint")
                text = re.sub(r"\s+", " ", text).strip()
                if text.lower() not in seen:
                    seen.add(text.lower())
                    rows.append((text, 1))
            for _ in range(7):
                frame = rng.choice(OTHER_FRAMES)
                text = frame.replace("{my}", thing[0]).replace("{a}", thing[1])
                text = writer.decorate(writer.expand(text, COMPANY_HANDLES), 0, "question")
                text = re.sub(r"\s+", " ", text).strip()
                if text.lower() not in seen:
                    seen.add(text.lower())
                    rows.append((text, 0))
    rng.shuffle(rows)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["text", "label"])
    for text, label in rows:
        out.writerow([text, label])


if __name__ == "__main__":
    main()
