#!/usr/bin/env python3
"""Generates corpus/complaints-corpus.csv, the training corpus of CivicPulse's built-in complaint model.

Every template and phrase here was written for CivicPulse by its team. Nothing is taken from any labelled
dataset (in particular not from ../shared/datasets, which is kept for evaluation only).

Usage: python3 corpus/generate_corpus.py > corpus/complaints-corpus.csv
The output is deterministic (fixed seed, fixed order). `--handwritten-weight N` also writes each post of
corpus/handwritten.csv (sixth round, written one by one, not from templates) N times; the built-in model's corpus
is made without it.

Template syntax: {a|b|c} picks one alternative; {H} an organisation handle, {F} a friend's handle,
{D} a waiting time in days or more, {DS} one in minutes or hours, {N} an ordinal, {S} a street, {DAY} a weekday, {T} a clock time, {STN} a station, {ROUTE} a bus route, {QN} a queue position,
{NUM} a small number, {ITEM} a product, {SVC} a public service, {E+}/{E-} a happy/angry emoji,
{CITY} a town or city. Eleventh round (`ROUND11_SLOTS`): {RUN} a repeat ("third week running"), {ROUND} a count
("week 3"), {BIN} a bin, {FAILED} how a collection failed, {OUTAGE} a missing utility, {PUBH} a council or transport
handle, {HOBBY} an everyday pastime, {WHEN} a period.
"""

import csv
import os
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

# Complaints that only describe what went wrong, without strong words (label 1).
IMPLICIT_COMPLAINTS = [
    "{H} ordered a large and got a small",
    "{H} the instructions are missing from the box and half the screws too",
    "{H} my card was charged but the booking isn't showing anywhere",
    "{H} the store closed 20 minutes early and locked us out",
    "{H} the self service machine ate my card",
    "{H} the price on the shelf was £2 and I was charged £3.50",
    "{H} one of the eggs in every box is cracked, every week",
    "{H} the lift at {STN} has had an out of order sign on it since the summer",
    "{H} the heating on the bus is on full blast in July",
    "{H} the train had four coaches instead of eight, people standing in the toilets",
    "{H} the bins were emptied into the lorry and half of it blew down the street",
    "{H} the form asks for a reference number that nobody ever sent me",
    "{H} the website says open until 8, the doors were locked at 6",
    "{H} the replacement bus went to the wrong town",
    "{H} my parcel was left on the doorstep of a house two streets away",
    "{H} the password reset link takes me back to the login page every time",
    "{H} booked a double room, got two single beds pushed together",
    "{H} the meal deal sandwich was a different one to the label",
    "{H} the menu says vegan, the waiter said it has butter in it",
    "{H} you emailed me a discount code that doesn't exist",
    "{H} the toilet on the train has been out of order for the whole journey",
    "{H} the courier rang the bell once and drove off before I got to the door",
    "{H} my statement shows a payment I didn't make",
    "{H} the cash machine outside your branch has been empty all weekend",
    "{H} my prescription has been ready to collect for a week but the pharmacy says they never got it",
    "{H} the road was resurfaced last month and it's already breaking up",
    "{H} the crossing lights on {S} change so fast my gran can't get across",
    "{H} my son's bus pass was rejected every day this week",
    "{H} the charger that came with it is for a different plug",
    "{H} my new fridge makes everything freeze, even the lettuce",
    "{H} the water bill is for a house I left two years ago",
    "{H} I've been put through to the same automated menu five times",
    "{H} the app shows the bus arriving while it drives past full",
    "{H} the pool was closed when we got there even though the website said open",
    "{H} the streetlight outside flickers on and off all night",
    "{H} there's a tree branch hanging over {S} that's going to fall on someone",
    "{H} half the parking spaces at the hospital are coned off and people are circling for an hour",
    "{H} the delivery driver left my shopping with a note saying they couldn't find the house. I live on the main road",
    "{H} the shoes I ordered in a 7 arrived as a 5 and a 7",
    "{H} the seats we paid extra for were given to someone else",
    "{H} your advert says unlimited data but I got cut off at 20GB",
    "{H} the game keeps kicking me out halfway through every match",
    "{H} the thermostat says 21 and the house is freezing",
    "{H} the new bin is too small for a family of five",
    "{H} the lights in the underpass haven't worked all winter",
    "{H} the last train was moved forward by half an hour with no warning",
]

# The same kind of detail in posts that are not complaints (label 0).
IMPLICIT_OTHER = [
    "{H} ordered a large and it's massive, love it",
    "{H} the instructions were really clear, built it in 20 minutes",
    "{H} the store is open until 8 on {DAY}s now, handy",
    "{H} the new lift at {STN} makes such a difference with the pram",
    "{H} the train had eight coaches today, loads of room",
    "{H} the new bin lorry is so much quieter",
    "{H} the replacement bus was waiting right outside, easy",
    "{H} booked a double room and got upgraded to a suite",
    "{H} the menu has so many vegan options now",
    "{H} the courier was really careful with the parcel",
    "{H} the road on {S} looks great after the resurfacing",
    "{H} the new crossing on {S} is brilliant for the school run",
    "{H} my son loves his new bus pass photo",
    "{H} the pool was lovely and quiet this morning",
    "{H} the new streetlights on {S} are so much brighter",
    "{H} the hospital car park has a new drop off zone, very useful",
    "{H} the seats we booked were right at the front, great view",
    "{H} unlimited data has been a game changer on the commute",
    "{H} the app now shows how full the bus is, really clever",
    "{H} the thermostat app is so easy to use",
    "{H} the last train on {DAY} is later now, thank you",
    "{H} is the pool open early on {DAY}?",
    "{H} how do I order a bigger bin for a family of five?",
    "{H} what size does the charger plug need to be?",
    "{H} where do I report a tree branch hanging over the road?",
    "{H} can you tell me when the new parking spaces open at the hospital?",
    "{H} do you have the shoes in a size 7?",
    "{H} what time is the last train on {DAY}?",
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

# Added in the second round: more of the ways people complain to organisations (label 1).
MORE_COMPLAINTS = [
    "{H} so that's {D} with no {internet|broadband|phone line|hot water} and you still can't give me a date",
    "{H} you promised a callback within 24 hours. That was {D} ago",
    "{H} the engineer was booked for {DAY}, you cancelled by text an hour before",
    "{H} I've now spent more time on hold with you than actually using your service",
    "{H} how is it acceptable to take {MONEY} and then stop replying?",
    "{H} my refund of {MONEY} was approved {D} ago and it still hasn't landed",
    "{H} charged {MONEY} for a delivery that never arrived",
    "{H} reference {ORDER}, {N} time asking. Can someone please actually read my messages",
    "{H} your staff member told me to take it up with head office, head office told me to go back to the store",
    "{H} every time I ring I get a different excuse",
    "{H} the price went up again and the service got worse",
    "{H} you changed my plan without asking and now I'm paying more",
    "{H} hidden fees everywhere. {MONEY} extra just to check out",
    "{H} sent back the {ITEM} {D} ago, no refund, no reply, no nothing",
    "{H} the tracking has said 'out for delivery' {SINCE}",
    "{H} my {ITEM} turned up in pieces and the box was fine. Packed by someone who didn't care",
    "{H} the girl at the counter rolled her eyes and walked off mid sentence",
    "{H} manager refused to give his name and told me to leave",
    "{H} the security guard followed me round the whole shop. Humiliating",
    "{H} you left us on the tarmac for {DS} with the aircon off",
    "{H} our connecting flight left without us and nobody at the desk would help",
    "{H} {DS} in the queue at passport control with two desks open",
    "{H} the seats were filthy and the toilet was out of order the whole journey",
    "{H} the {T} was so full they wouldn't let us on. Paid for a ticket I couldn't use",
    "{H} delay repay rejected my claim for a {DS} delay. Shocking",
    "{H} my pension transfer has been 'in progress' for {D}",
    "{H} froze my card while I was abroad and the fraud line doesn't answer",
    "{H} your online banking has been down all morning and I can't pay rent",
    "{H} the mobile signal has been dead in {CITY} {SINCE} and all you say is 'we're aware'",
    "{H} why do new customers get a better deal than people who've been with you for years",
    "{H} my contract ended and you kept billing me for {D}",
    "{H} I cancelled. You confirmed it. You still took the money",
    "{H} the 'free trial' took {MONEY} on day one",
    "{H} two hour delivery slot, driver turns up at 10pm",
    "{H} half my shopping missing and the rest squashed",
    "{H} they forgot the {drinks|chips|fries|sauces|main} again. Every single order",
    "{H} cold food, rude driver, and a charge for a tip I didn't give",
    "{H} found a plastic bit in my {burger|salad|sandwich|cereal}. Not impressed",
    "{H} the update wiped all my settings and the app won't open now",
    "{H} stop asking me to rate the app when it crashes every time I open it",
    "{H} the website logs me out every two minutes, I've tried to pay {NUM} times",
    "{H} your verification text never arrives so I'm locked out of my own account",
    "{H} your checkout keeps failing but the payment still leaves my account",
    "{H} the warranty covers nothing apparently. What's it for then",
    "{H} repair centre sent my {ITEM} back with the same fault",
    "{H} this is my {N} replacement {ITEM} and it has the same problem",
    "{H} I was told a manager would ring me. Nobody rang",
    "{H} sorry doesn't fix my heating",
    "{H} you keep saying sorry for the inconvenience. Just fix it",
    "{H} a copy and paste reply is not customer service",
    "{H} I don't want a voucher, I want my money back",
    "{H} an automated reply {D} later is not an answer",
    "{H} the help page sends me to the chat, the chat sends me to the help page",
    "{H} closed my ticket as resolved. Nothing is resolved",
    "Great, {H} have cancelled my order again. Love that for me",
    "Oh fantastic, another 'technical issue' {H}. Every week without fail",
    "Wow {H}, {D} to answer an email. Impressive stuff",
    "Cheers {H}, nothing says customer care like being cut off after {DS} on hold",
    "Thanks {H} for turning a simple refund into a {D} saga",
    "Nice one {H}, charged me twice and blamed my bank",
    "So {H} lost my parcel and then charged me for redelivery. Genius",
    "Love how {H} can take my money instantly but need {D} to give it back",
    "Shoutout to {H} for the worst weekend of my life",
    "Never been treated so badly by a shop. Avoid {H}",
    "Do not fly with {H}. Delayed, rude, and no compensation",
    "Absolutely fuming with {H} right now",
    "So disappointed with {H}. Used to be good",
    "{H} disgusting service from start to finish",
    "{H} honestly embarrassing how bad this is",
    "{H} is it too much to ask for a train that turns up",
    "{H} can't believe I'm still dealing with this {D} later",
    "{H} your customer service is a joke",
    "{H} I'm done. Switching providers",
    "{H} why is nobody taking responsibility for this",
    "{H} what a waste of money",
    "{H} this is the last time I shop with you",
    "{H} not happy at all",
    "{H} this is ridiculous now",
    "{H} fix your app",
    "{H} answer your phones",
    "{H} where's my refund",
    "still no word from {H}, typical",
    "cant get through to {H} at all today, phones just ring and ring",
    "3rd day without internet. thanks {H}",
    "day {NUM} of waiting for {H} to fix my {ITEM}",
    "been trying to cancel my {H} subscription for {D}, they make it impossible",
    "paid for a premium seat, got a broken one with no legroom {H}",
    "{H} ur delivery guy just left my parcel in the bin lol not funny actually",
    "{H} ordered a large got a small, ordered no onions got extra onions",
    "{H} i was on the phone for {DS} and got transferred {NUM} times",
    "{H} you've had my passport for {D} and nobody can tell me where it is",
    "{H} the room smelled of smoke and the shower was cold, front desk couldn't care less",
    "{H} my booking vanished from the app the night before the trip",
    "{H} the queue at the {CITY} store is out the door and only one person serving",
    "{H} self checkout broken again, one staff member for 8 machines",
    "{H} you sent the wrong {ITEM} and now want me to pay the return postage",
]

# Posts that look like complaints on the surface but are not (label 0).
MORE_OTHER = [
    "{H} just wanted to say the delivery driver today was so kind, carried it upstairs for my nan",
    "{H} quick one, can I change the delivery date on order {ORDER}?",
    "{H} do you know when the {ITEM} will be back in stock?",
    "{H} is there a number I can call for a refund question or is chat best?",
    "{H} got my refund this morning, thank you for sorting it",
    "{H} the problem's fixed now, thanks for the help yesterday",
    "{H} all sorted, the engineer came and it works perfectly now",
    "{H} delivered a day early, nice surprise",
    "{H} that was the quickest return I've ever done, well done",
    "{H} thanks for the update, I'll keep an eye on my email",
    "{H} no worries, it's arrived now",
    "{H} can you tell me if the {T} from {STN} has a quiet coach?",
    "{H} how do I add a bag to my booking?",
    "{H} is it too late to change my seat?",
    "{H} what's the cut off for next day delivery?",
    "{H} do you have any jobs going at the {CITY} store?",
    "{H} will the new {ITEM} come in other colours?",
    "{H} is the sale on online as well as in store?",
    "{H} could you recommend a good {ITEM} for a student?",
    "{H} love the new menu, the {burger|salad|wrap|pie} is amazing",
    "{H} crew on the {T} today were brilliant with my nervous little one",
    "{H} a massive thank you to the lady at the {CITY} branch who helped me today",
    "Shoutout to {H} for replacing my {ITEM} with no questions asked",
    "First time ordering from {H} and honestly really impressed",
    "Flight with {H} today, smooth and on time, can't complain",
    "Never had a problem with {H}, always reliable",
    "Can't fault {H}, five stars",
    "No complaints from me, {H} were great",
    "Not bad at all {H}, see you next time",
    "Didn't think I'd like the new {ITEM} but I love it",
    "Waiting for my {ITEM} to arrive like a kid on Christmas Eve {E+}",
    "Two days until my {ITEM} arrives and I'm counting the hours",
    "Still can't believe I won the raffle {E+}",
    "Still buzzing from last night's game",
    "Again and again, this song never gets old",
    "Delayed reaction but happy birthday {F}!",
    "My cat has been sitting on the parcel for an hour, refuses to move {E0}",
    "Hold music stuck in my head all day, it's actually a banger",
    "Accidentally ordered 12 lemons instead of 2. Lemonade anyone?",
    "Broke my own record at the gym today!",
    "The cake I made is a complete disaster but it tastes great {E0}",
    "Worst joke ever: why did the bus stop? Because it saw the zebra crossing",
    "My phone's on 2% and I'm too comfy to get up",
    "Nobody tells you how tiring moving house is",
    "Never thought I'd be excited about a new kettle but here we are",
    "Just waited {DS} for the bread to prove, totally worth it",
    "Took {DS} to build the flat pack wardrobe, I'm a genius",
    "The new series finale left me speechless. No spoilers!",
    "Can anyone recommend a decent plumber in {CITY}?",
    "Anyone else watching the match tonight?",
    "Which is better for a first car, petrol or hybrid?",
    "Is it just me or is this week flying by?",
    "Who's going to the market on {DAY}?",
    "Our {ITEM} finally arrived and the kids love it",
    "Fixed the {ITEM} myself with a youtube video, feeling very proud",
    "Signed up for the half marathon, wish me luck",
    "Sold out in minutes! Congrats to everyone who got tickets",
    "Prices for the summer timetable are out now on the website",
    "Our helpline is open 8am to 8pm today for any questions about your account",
    "We're aware some customers can't log in and we're working on it, sorry for the trouble",
    "Planned maintenance tonight from midnight to 4am, the app may be unavailable",
    "Delivery slots for Christmas are now open, book early",
    "Report: rail punctuality improved for the third quarter in a row",
    "New figures show complaints to energy firms fell this year",
    "Airline to add more flights to {CITY} next summer",
    "The company says refunds will be processed within 14 days",
    "Survey: most people would rather text than call customer service",
    "Watching a documentary about how parcels get sorted, fascinating",
    "Reading a thread about the worst holidays people have had, crying laughing",
    "My mum still calls customer service 'the complaints department' bless her",
    "Just rang the bank to update my address, took two minutes",
    "Finally got round to switching energy supplier, painless actually",
    "Renewed my passport online, came in a week, no complaints",
    "The nurse at the clinic today was so lovely with my son",
    "Dropped the car off for its MOT, fingers crossed",
    "{F} you still waiting for that parcel? mine came this morning",
    "{F} haha no I never got the email either, check your spam",
    "{F} not again! go to bed {E0}",
    "{F} I'm still laughing about that, you're ridiculous",
    "{F} that's a rubbish excuse and you know it {E0}",
    "{F} worst film ever?? it's a classic",
    "{F} nightmare! hope the car's ok",
    "{F} omg the queue was insane but we got in",
    "{F} third time this week you've beaten me at quiz night, rematch",
    "{F} you're never going to believe who I just saw",
]

# ---------------------------------------------------------------------------------------------------------
# Fourth round: posts to (and about) all kinds of organisations, both complaints and not, sector by sector, and
# everyday chatter that is no complaint at all (plans, jokes, news, sport, fandom, food, weather, thanks), in
# varied styles (lower case, slang, typos, emoji, handles, links, sarcasm). {ORG} is a handle of the sector,
# {NAME} the sector's plain name, {THING} something it provides, {PROB} what goes wrong with it (present tense,
# after "my {THING}"), {ASK} a question to it, {HOW} a task a customer does ("change my tariff"), {GOOD} what
# went well ("sorted my bill in five minutes"), {NEWS} a notice it posts. {DD} is a duration (never "since...", which {D} sometimes gives).
SECTORS = {
    "telecoms": {
        "ORG": ["@TelcoOneUK", "@VeloxMobile", "@FibreFastHelp", "@SignalPlusUS", "@BeaconBroadband", "@airwave_care"],
        "NAME": ["TelcoOne", "Velox", "FibreFast", "SignalPlus", "Beacon"],
        "THING": ["broadband", "wifi", "internet", "phone signal", "mobile data", "router", "landline", "fibre",
                  "5G", "hub"],
        "PROB": ["keeps dropping out", "has been down all day", "is slower than dial-up", "cuts out every evening",
                 "hasn't worked {SINCE}", "drops every time it rains", "shows no service in my own kitchen",
                 "is down for the third time this week"],
        "ASK": ["is there an outage in {CITY} right now", "when does my contract end", "can I keep my number if I move",
                "do you do a social tariff", "is 5G coming to {CITY} soon"],
        "HOW": ["change my tariff", "add a sim to my plan", "move my broadband to a new address", "get a PAC code",
                "turn off roaming", "upgrade my phone"],
        "GOOD": ["sorted my bill in five minutes", "got the engineer out the same day", "fixed my signal issue",
                 "gave me a better deal without me even asking", "set up the new router over the phone"],
        "NEWS": ["Engineers are working on a fault affecting broadband in parts of {CITY}. Updates here",
                 "Planned maintenance tonight from midnight to 4am may affect mobile data in some areas",
                 "Good news: full fibre is now live in {NUM} more towns this month"],
    },
    "energy": {
        "ORG": ["@VoltEnergyUK", "@SunriseGasPower", "@GridwiseHelp", "@PowerHomeCo", "@everlight_energy"],
        "NAME": ["Volt", "Sunrise Energy", "Gridwise", "PowerHome"],
        "THING": ["smart meter", "energy bill", "direct debit", "gas supply", "boiler cover", "meter reading",
                  "final bill", "tariff"],
        "PROB": ["has been wrong for {DD}", "doubled overnight with no explanation", "hasn't sent a reading {SINCE}",
                 "keeps going up even though we use less", "still says I owe {MONEY}", "was taken twice this month"],
        "ASK": ["when will the new price cap apply", "can I get a smart meter fitted", "is there help for people struggling with bills",
                "how do I submit a reading", "why is my direct debit changing"],
        "HOW": ["submit a meter reading", "switch to a fixed tariff", "update my direct debit", "book a smart meter install",
                "change the name on the account"],
        "GOOD": ["sorted my meter in one call", "refunded my credit within a week", "explained my bill really clearly",
                 "sent an engineer out in a storm", "set up a payment plan without any fuss"],
        "NEWS": ["We've cut our standard tariff from next month, details here",
                 "Power cut in {CITY}? Check our live map for updates",
                 "Top tips to keep your home warm this winter without spending more"],
    },
    "banks": {
        "ORG": ["@HarbourBankHelp", "@NorthstarBank", "@PennyWiseCU", "@ClearpayBankUS", "@monzoish_help", "@AnchorBuildingSoc"],
        "NAME": ["Harbour Bank", "Northstar", "PennyWise", "Anchor"],
        "THING": ["card", "account", "banking app", "transfer", "mortgage application", "overdraft", "savings account",
                  "online banking"],
        "PROB": ["has been blocked {SINCE} for no reason", "won't let me log in", "is still pending after {DD}",
                 "declined at the till again", "charged me a fee I never agreed to", "has frozen my wages"],
        "ASK": ["what's the interest rate on the easy access saver", "are you open on bank holidays",
                "how long does an international transfer take", "can I pay in a cheque with the app",
                "is the app down or is it just me"],
        "HOW": ["order a new card", "set up a standing order", "freeze my card", "increase my daily limit",
                "add a joint account holder", "close an old account"],
        "GOOD": ["got my money back from a scam within a day", "replaced my card the next morning",
                 "sorted my mortgage questions in one call", "spotted a fraud payment before I did",
                 "were so patient with my dad on the phone"],
        "NEWS": ["Our app will be unavailable for planned updates on Sunday from 1am to 5am",
                 "We will never ask you to move money to a safe account. If in doubt, hang up",
                 "New: round-up savings are now live in the app"],
    },
    "retail": {
        "ORG": ["@ShopRightUK", "@HomeHavenStores", "@BrightBuysHelp", "@ThreadStreet", "@ValueVilleUS", "@corner_market"],
        "NAME": ["ShopRight", "HomeHaven", "BrightBuys", "ThreadStreet"],
        "THING": ["online order", "refund", "click and collect", "loyalty points", "return", "gift card", "discount code"],
        "PROB": ["still hasn't been processed after {DD}", "was cancelled without telling me", "doesn't work at the checkout",
                 "has disappeared from my account", "is stuck on 'preparing' {SINCE}", "went to the wrong store"],
        "ASK": ["when does the sale start", "do you price match", "is the {ITEM} coming back in stock",
                "what time do you open on Sunday", "do you deliver to {CITY}"],
        "HOW": ["return something I bought online", "use two discount codes", "change my delivery address",
                "swap a jumper for a bigger size", "check my gift card balance"],
        "GOOD": ["swapped my jacket with no receipt", "refunded me the same day", "helped me find the last one in stock",
                 "had the friendliest staff I've met all year", "sorted my wrong size in two minutes"],
        "NEWS": ["Our winter sale starts tomorrow at 8am, up to half off", "New store opening in {CITY} this Saturday, come and say hi",
                 "Free delivery on everything this weekend only"],
    },
    "delivery": {
        "ORG": ["@ParcelHopUK", "@SwiftDropHelp", "@RoadRunnerCouriers", "@BoxBirdDelivery", "@DashDoorUS"],
        "NAME": ["ParcelHop", "SwiftDrop", "BoxBird"],
        "THING": ["parcel", "delivery", "package", "food order", "tracking", "redelivery", "collection"],
        "PROB": ["says delivered but it isn't here", "has been 'out for delivery' for {DD}", "was left in the rain",
                 "was thrown over the fence", "went to a house three streets away", "has been sitting at the depot {SINCE}"],
        "ASK": ["can you leave parcels with a neighbour", "what time will my driver arrive", "do you deliver on Sundays",
                "can I pick up from the depot tonight", "how do I change my safe place"],
        "HOW": ["rearrange a delivery", "change my safe place", "send a parcel abroad", "print a returns label",
                "track a parcel without the number"],
        "GOOD": ["delivered a day early", "had a driver who carried it upstairs", "found my lost parcel in an hour",
                 "texted me a photo so I knew where it was", "rearranged my delivery with no fuss"],
        "NEWS": ["Christmas last posting dates are now live, plan ahead", "Severe weather may delay some deliveries in {CITY} today",
                 "You can now choose a safe place in the app"],
    },
    "tech": {
        "ORG": ["@PixelWorksHelp", "@CloudNestSupport", "@ByteSoftCare", "@GameVerseHelp", "@NimbusAppsUS", "@tabletco_help"],
        "NAME": ["PixelWorks", "CloudNest", "ByteSoft", "GameVerse"],
        "THING": ["laptop", "app", "account", "game", "console", "update", "subscription", "password reset", "headset"],
        "PROB": ["crashes every time I open it", "won't turn on after the update", "keeps logging me out",
                 "has wiped all my saved files", "freezes every ten minutes", "was charged after I cancelled",
                 "won't sync {SINCE}", "overheats after half an hour"],
        "ASK": ["is the server down", "when is the next update out", "does the new model work with my old charger",
                "is there a student discount", "will the game come to the older console"],
        "HOW": ["transfer my saves to a new console", "turn off auto renew", "back up my photos", "reset my password",
                "change my username"],
        "GOOD": ["replaced my headset under warranty with zero hassle", "got my account back in minutes",
                 "fixed the bug I reported within a day", "walked me through the setup really patiently",
                 "refunded the wrong charge straight away"],
        "NEWS": ["Version 4.2 is out now with dark mode and bug fixes", "We're aware some users can't log in and we're working on a fix",
                 "Servers will be down for maintenance from 6am to 8am"],
    },
    "trains": {
        "ORG": ["@CrossCountryLines", "@MetroRailHelp", "@CoastlinkTrains", "@ValleyRailways", "@AmtrakishHelp"],
        "NAME": ["Coastlink", "Valley Railways", "MetroRail"],
        "THING": ["train", "{T} service", "ticket", "delay repay claim", "seat reservation", "railcard"],
        "PROB": ["is cancelled again", "is running {DS} late", "has been rejected for no reason",
                 "was double booked", "is packed with no seats again", "still hasn't been refunded after {DD}"],
        "ASK": ["is the {T} from {STN} running today", "can I use my ticket on the earlier train",
                "are there replacement buses this weekend", "is there step free access at {STN}",
                "can I bring my bike on the {T}"],
        "HOW": ["claim delay repay", "change my ticket to tomorrow", "get a railcard refund", "book assistance",
                "add my railcard to an e-ticket"],
        "GOOD": ["held the train for me when my connection was late", "sorted my ticket mix up at the barrier",
                 "had the friendliest guard on the {T} today", "paid my delay repay within three days",
                 "helped my mum with her bags all the way"],
        "NEWS": ["Engineering works this weekend: buses replace trains between {STN} and {CITY}",
                 "Due to a signal fault, trains through {STN} may be delayed", "Extra services running for the match on Saturday"],
    },
    "insurers": {
        "ORG": ["@SafeHarbourIns", "@ShieldCoverHelp", "@KeystoneInsure", "@HomeGuardUK", "@everwise_insurance"],
        "NAME": ["ShieldCover", "Keystone", "HomeGuard"],
        "THING": ["claim", "car insurance renewal", "home insurance", "pet insurance claim", "policy documents",
                  "windscreen claim", "travel insurance"],
        "PROB": ["has been 'under review' for {DD}", "went up by {MONEY} with no claims", "was rejected on a technicality",
                 "still hasn't paid out {SINCE}", "keeps asking for the same documents"],
        "ASK": ["does my policy cover accidental damage", "how long does a claim usually take",
                "can I add a named driver", "is my phone covered abroad", "when will my documents arrive"],
        "HOW": ["make a claim online", "add my partner to the policy", "change my car on the policy",
                "cancel my renewal", "get a copy of my documents"],
        "GOOD": ["paid out my claim in four days", "sorted a courtesy car the same afternoon",
                 "were really kind when I called about the flood", "renewed me at a lower price than last year",
                 "explained what was covered in plain English"],
        "NEWS": ["Storm warning: here's how to make a claim if your home is damaged",
                 "Our phone lines are busy today, you can make a claim online any time",
                 "Reminder: check your travel insurance before you go"],
    },
    "airlines": {
        "ORG": ["@SkyBridgeAir", "@AeroLynxHelp", "@BlueHorizonAir", "@JetStreamUS", "@flyeasy_care"],
        "NAME": ["SkyBridge", "AeroLynx", "Blue Horizon"],
        "THING": ["flight", "suitcase", "refund", "seat", "booking", "check in", "connecting flight"],
        "PROB": ["was cancelled with two hours notice", "has been lost for {DD}", "still hasn't come through after {DD}",
                 "was given away even though I paid for it", "is delayed for the fourth time today",
                 "won't load in the app"],
        "ASK": ["can I take a guitar as hand luggage", "what's the baggage allowance to {CITY}",
                "is online check in open yet", "can I change the name on a booking", "do you fly to {CITY} in winter"],
        "HOW": ["add a bag to my booking", "change my flight date", "request a wheelchair", "pick my seat",
                "claim for a delayed flight"],
        "GOOD": ["upgraded us for our honeymoon", "found my bag and drove it to my hotel", "rebooked me in minutes",
                 "had the kindest cabin crew with my nervous daughter", "landed early and bags came out fast"],
        "NEWS": ["Due to fog at {CITY} some flights may be delayed this morning", "New route to {CITY} from March, fares from {MONEY}",
                 "Check in opens 24 hours before your flight in the app"],
    },
    "food": {
        "ORG": ["@BiteDashHelp", "@PizzaPlanetUK", "@GreenBowlCafe", "@BurgerBarnUS", "@noodlebox_help"],
        "NAME": ["BiteDash", "PizzaPlanet", "Green Bowl", "Burger Barn"],
        "THING": ["order", "pizza", "takeaway", "delivery", "meal", "voucher", "refund"],
        "PROB": ["arrived cold and an hour late", "was missing half the items", "came with the wrong toppings",
                 "was cancelled after I'd waited {DS}", "got delivered to someone else"],
        "ASK": ["are you open on Christmas Eve", "do you have gluten free bases", "is the vegan burger back",
                "can I order for collection at {T}", "do you deliver to {S}"],
        "HOW": ["use my voucher in the app", "add a note for the driver", "book a table for ten",
                "order for a party", "get the allergen menu"],
        "GOOD": ["made the best pizza I've had all year", "sent a free dessert for my birthday",
                 "delivered in twenty minutes on a Friday night", "remembered my usual order",
                 "sorted my missing fries without any fuss"],
        "NEWS": ["Two for one on all pizzas every Tuesday this month", "Our new winter menu lands tomorrow",
                 "We're hiring! Drivers and kitchen staff wanted in {CITY}"],
    },
}

ORG_COMPLAINTS = [
    "{ORG} my {THING} {PROB}. {sort it out|this is a joke|not good enough|fix it please|seriously?}",
    "{ORG} my {THING} {PROB} and no one has got back to me",
    "{ORG} {DS} on hold and then the line just went dead",
    "wow {ORG} really outdid yourselves, my {THING} {PROB} again 👏👏",
    "love paying {MONEY} for a {THING} that {PROB}. cheers {NAME}",
    "is anyone else's {THING} with {NAME} a nightmare? mine {PROB}",
    "{ORG} third email, second phone call, still no answer about my {THING}",
    "{ORG} you closed my complaint without fixing anything. my {THING} {PROB}",
    "{ORG} why do I have to explain the same problem to a new person every time I call",
    "{ORG} you promised to call back {DAY}. still waiting",
    "done with {NAME}. my {THING} {PROB}, I'm switching",
    "{ORG} ur chatbot keeps sending me the same useless faq link",
    "{ORG} hello?? been waiting {DD} for a reply about my {THING}",
    "absolute joke {ORG}, my {THING} {PROB}",
    "{ORG} can someone actually help? my {THING} {PROB} {E-}",
    "nothing says great customer service like {NAME} telling me to 'try again later' for {DD}",
    "{ORG} tried to {HOW} and your website just errors every time",
    "{ORG} you make it so easy to pay and impossible to {HOW}",
    "{ORG} my {THING} {PROB}. {N} time I've reported it",
    "never using {NAME} again, my {THING} {PROB} and they don't care",
    "shoutout to {NAME} for making me waste my whole {DAY} on the phone. my {THING} {PROB}",
    "{ORG} 'we're experiencing high call volumes' since when, {DD} ago?",
    "{ORG} why does this keep happening, my {THING} {PROB}??",
    "my {THING} {PROB} and {NAME} want me to wait another {DD}. no",
    "{ORG} im paying for a service im not getting. my {THING} {PROB}",
    "{ORG} please explain why my {THING} {PROB} when you told me it was fixed",
    "hey {ORG}, any chance my {THING} will actually work today or nah",
    "{ORG} been a customer for {NUM} years and this is how you treat me",
    "{ORG} the engineer never showed up and nobody called. another day off work wasted",
    "{ORG} your app says one thing, your staff say another, and my {THING} {PROB}",
]

ORG_OTHER = [
    "{ORG} thank you!! {GOOD} {E+}",
    "{ORG} shoutout to {STAFF} on the phone today, {GOOD}",
    "big thanks to {NAME}, {GOOD}",
    "genuinely impressed with {NAME} today, {GOOD}",
    "credit where it's due, {NAME} {GOOD}",
    "{ORG} hi, {ASK}?",
    "{ORG} quick question, {ASK}?",
    "{ORG} how do I {HOW}?",
    "{ORG} can I {HOW} online or do I need to ring?",
    "{ORG} is it possible to {HOW} in the app?",
    "anyone know if {NAME} let you {HOW} online?",
    "{ORG} yep that's worked now, thanks for your help",
    "{ORG} DM sent with my account details, thanks",
    "{ORG} all sorted now cheers {E+}",
    "{ORG} no worries, thanks for getting back to me",
    "{ORG} brilliant, that's exactly what I needed to know",
    "{NEWS}",
    "{NEWS} https://t.co/{LINK}",
    "Hi, sorry to hear about your {THING}. Can you DM us your details and we'll take a look? ^{INIT}",
    "Thanks for letting us know. We'll pass this on to the team ^{INIT}",
    "just switched to {NAME}, let's see how it goes",
    "anyone used {NAME} for their {THING}? any good?",
    "{NAME} sale starts tomorrow apparently, my wallet is nervous",
    "news: {NAME} to cut prices for customers from April https://t.co/{LINK}",
    "{NAME} has announced {NUM} hundred new jobs in {CITY} #news",
    "my {THING} with {NAME} has been fine for years tbh, no complaints",
    "honestly can't fault {NAME}, {GOOD}",
    "{ORG} love the new app design, way easier to {HOW}",
    "{F} I'm with {NAME} and they've been alright to be fair",
    "{F} ring {NAME} and ask them to {HOW}, took me two minutes",
]

ROUND4_SLOTS = {
    "DD": DURATIONS,
    "STAFF": ["Priya", "Tom", "Gemma", "Marcus", "Aisha", "Dave", "Sophie", "Leon", "Jade", "Carlos"],
    "INIT": ["JS", "AK", "MT", "RB", "LH", "CW"],
    "LINK": ["aB3kP9qZ", "Xy7Lm2", "q8TnR4vW", "Hc5Ds1", "Zp0Wm7kE", "r2Gv6Bn"],
    "TOPIC": ["the election", "the budget", "the new stadium plans", "the heatwave", "the transfer window",
              "the award show", "the royal visit", "the space launch", "the storm", "the housing market"],
    "BAND": ["the Weekend Saints", "Harbour Lights", "Neon Fox", "the Paper Kites", "Velvet Static", "Luna Park"],
    "GAME": ["the derby", "the cup final", "the semi", "the title decider", "tonight's match", "the big fight"],
    "PLACE": ["the beach", "the lakes", "Lisbon", "the Highlands", "Cornwall", "New York", "the cottage", "Barcelona"],
    "SNACK": ["crisps", "a whole tub of ice cream", "cheese on toast", "leftover pizza", "a flat white", "biscuits"],
    "WEATHER": ["sunny", "freezing", "chucking it down", "so windy", "gorgeous", "foggy", "boiling", "grey"],
    "SLANG": ["lol", "ngl", "tbh", "fr", "lmao", "omg", "icl", "no cap"],
}

CHATTER = [
    "{SLANG} I have watched this clip about {NUM} times now {E0}",
    "it's {WEATHER} out there today, perfect excuse for {SNACK}",
    "{WEATHER} again in {CITY}, classic",
    "weather update from {CITY}: {WEATHER}. that's it, that's the update",
    "off to {PLACE} next week and I haven't packed a thing {E0}",
    "counting down the days until {PLACE} {E+}",
    "who's watching {GAME} tonight? {E0}",
    "what a performance in {GAME}, {TEAM} were everywhere",
    "{TEAM} fans, how are we feeling about {GAME}",
    "can't believe {TEAM} pulled that off {SLANG}",
    "seeing {BAND} live on {DAY}!!! I'm not ok {E+}",
    "{BAND} dropped a new single and it's on repeat",
    "anyone got a spare ticket for {BAND}? will pay face value",
    "the {BAND} fandom is the nicest corner of the internet",
    "reading everything about {TOPIC} this morning https://t.co/{LINK}",
    "interesting thread on {TOPIC} if you've got five minutes https://t.co/{LINK}",
    "BREAKING: latest on {TOPIC} coming up on the news at six",
    "my hot take on {TOPIC}: everyone needs a cup of tea and a sit down",
    "{F} haha you're not wrong",
    "{F} happy birthday!!! have the best day {E+}",
    "{F} omg congrats, so happy for you {E+}",
    "{F} yes please, count me in for {DAY}",
    "{F} see you at {T}, I'll bring {SNACK}",
    "{F} that's the funniest thing I've read all week {E0}",
    "{F} thank you so much for the flowers, made my day",
    "thank you all for the lovely messages today, feeling very lucky {E+}",
    "huge thanks to everyone who came to the quiz night, we raised {MONEY} for the hospice",
    "dinner tonight: {FOOD}. dessert: {SNACK}. no regrets",
    "just made {FOOD} from scratch and I'm very proud of myself",
    "is it too early for {SNACK}? asking for me",
    "why did nobody tell me {FOOD} was this easy to make",
    "weekend plans: {ACTIVITY}, {FOOD}, sleep. in that order",
    "new personal best at {ACTIVITY} this morning {E+}",
    "my {PET} just sneezed on me and I've never felt more loved",
    "the {PET} has discovered the heated blanket, we've lost him",
    "why is my {PET} like this {E0} https://t.co/{LINK}",
    "joke of the day: what do you call a fish with no eyes? a fsh",
    "my {RELATIVE} just asked me what a meme is. explaining took an hour",
    "my {RELATIVE} has started a podcast. send thoughts and prayers {E0}",
    "{DAY} vibes: {SNACK} and {SHOW}",
    "not me rewatching {SHOW} for the fifth time",
    "the finale of {SHOW} had me screaming {SLANG}",
    "new blog post: a weekend in {PLACE} on a budget https://t.co/{LINK}",
    "photo dump from {PLACE} {E+}",
    "first coffee of the day hits different ☕",
    "good morning from a very {WEATHER} {CITY}",
    "late night thought: why do we call it a building if it's already built",
    "finally finished my assignment, time to celebrate with {SNACK}",
    "job interview tomorrow, wish me luck!!",
    "got the job!!!! {E+}",
    "moving house this weekend, if you hear screaming that's me",
    "congrats to everyone graduating today {E+}",
    "giveaway! follow and rt to win tickets to see {BAND} #giveaway",
    "{SLANG} the group chat is unhinged today",
    "signed up for {ACTIVITY} lessons, what have I done",
    "sunday reset: clean sheets, a long walk, {FOOD}",
    "petition to make {DAY} part of the weekend",
    "this song has been stuck in my head for three days, help",
    "throwback to {PLACE} last summer {E+}",
    "{TEAM} are top of the league, I repeat, top of the league",
    "the kids are finally asleep. {SNACK} and silence",
    "gardening update: the tomatoes are winning {E+}",
    "RT {F}: lost cat near {S}, grey with a white paw, please share",
    "our little bakery turns one this week! thank you for every visit {E+}",
    "road trip playlist is ready, {PLACE} here we come",
    "ok who's been watching the snooker, that was a masterclass",
    "spent the whole day at the museum and loved every minute",
    "live music at the pub tonight, come down if you're around",
]

EVERYDAY_COMPLAINTS = [
    "never ordering from {NAME} again, my {THING} {PROB}",
    "{NAME} customer service is a joke. my {THING} {PROB}",
    "so my {THING} {PROB}. thanks {NAME}, really {great|brilliant|helpful} 🙃",
    "day {NUM} of waiting for {NAME} to fix my {THING}. {this is beyond a joke|unreal|I give up}",
    "can't believe {NAME} charge {MONEY} for this. my {THING} {PROB}",
    "why does my {THING} always {FAIL} right when I need it. {NAME} sort yourselves out",
    "rant incoming: my {THING} {PROB} and {NAME} keep saying it's my fault",
]
EVERYDAY_FAIL = ["break", "stop working", "crash", "die", "go down"]

# Fourth round, third part: polite and casual problem reports to the same organisations (still complaints), more
# of their non-complaint look-alikes, and more everyday chatter (games, study, work, celebrations, creators' plugs).
ORG_REPORTS = [
    "{ORG} hi, my {THING} {PROB}, can you help?",
    "hi {ORG}, got a problem with my {THING}. it {PROB}",
    "{ORG} any update on my {THING}? it {PROB}",
    "{ORG} is there a reason my {THING} {PROB}?",
    "{ORG} please help, my {THING} {PROB}",
    "{ORG} not happy at all. my {THING} {PROB}",
    "been with {NAME} {NUM} years and my {THING} {PROB}. time to leave",
    "{ORG} could someone look into this? my {THING} {PROB}",
    "{ORG} hey, my {THING} {PROB} again, what's going on?",
    "{ORG} {SLANG} my {THING} {PROB}",
    "{ORG} morning, just so you know my {THING} {PROB}. been like this {SINCE}",
    "{ORG} sorry to bother you but my {THING} {PROB}",
]
ORG_REPORTS_OTHER = [
    "{ORG} hiya, {ASK}? cheers",
    "{ORG} thank you for the help earlier, {GOOD}",
    "{ORG} update: all fixed! {GOOD}",
    "{NAME} {GOOD}. impressed tbh",
    "{ORG} is it possible to {HOW} in store?",
    "{ORG} planning to {HOW} next week, anything I need to have ready?",
    "{ORG} any chance of a discount if I {HOW}? worth asking {E0}",
    "{ORG} morning! {ASK}?",
    "{ORG} {SLANG} you lot {GOOD}, cheers",
    "{ORG} sorry to bother you, {ASK}?",
]
CHATTER_MORE = [
    "finally beat the final boss after {NUM} hours, I'm a legend",
    "anyone playing the new update tonight? add me",
    "streaming at 8 tonight, come say hi https://t.co/{LINK}",
    "new video is up on my channel! we tried every {FOOD} in {CITY} https://t.co/{LINK}",
    "uni library at midnight with {SNACK}, the student experience",
    "handed in my dissertation!!! {E+}",
    "lecture at 9am on a {DAY}, whoever planned this, why",
    "first week at the new job done, everyone is lovely {E+}",
    "team lunch today, the office finally has a good coffee machine",
    "working from home with a {PET} on my lap, productivity zero",
    "happy diwali to everyone celebrating {E+}",
    "eid mubarak to all my friends and family {E+}",
    "merry christmas from our house to yours {E+}",
    "happy new year everyone, here's to a good one",
    "happy mother's day to the best mum in the world",
    "motivation for {DAY}: small steps are still steps",
    "quote of the day: 'be kind, always'",
    "what's a film everyone loves that you've never seen? mine's {SHOW}",
    "name a better combo than {FOOD} and {SHOW}. I'll wait",
    "drop your favourite song right now, need new music",
    "our local {TEAM} youth team won their league, so proud of the kids",
    "went to see {BAND} and they played all the old ones {E+}",
    "{BAND} at the festival was the highlight of my year",
    "just adopted a {PET}!!! meet Biscuit {E+}",
    "car boot sale this morning, came home with a lamp and a mystery box",
    "got my flu jab and a lollipop, great day",
    "spring cleaning done, found three phone chargers and a fiver",
    "my {RELATIVE} is visiting this weekend, cleaning like my life depends on it",
    "{F} can't wait to see you on {DAY}!!",
    "{F} haha that photo of your {PET} is everything",
    "{F} good luck today, you've got this",
    "{F} yes! send me the recipe please",
    "RT {F}: we're hiring a junior designer in {CITY}, please share",
    "the sunrise on my run this morning {E+} https://t.co/{LINK}",
    "tried {ACTIVITY} for the first time and loved it",
    "live scores: {TEAM} 2-1 up at half time",
    "match report and highlights from {GAME} https://t.co/{LINK}",
    "today's crossword had me stumped for an hour, got it in the end",
    "ok I'm officially addicted to this podcast",
    "reading challenge update: book {NUM} of the year finished",
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
            if name in ROUND4_SLOTS:
                return self.rng.choice(ROUND4_SLOTS[name])
            if name in ROUND11_SLOTS:
                return self.rng.choice(ROUND11_SLOTS[name])
            if name == "FAIL":
                return self.rng.choice(EVERYDAY_FAIL)
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


# ---------------------------------------------------------------------------------------------------------
# Eleventh round: the mission's own examples. Repeated failures counted in weeks and days ("second week
# running", "4th day in a row", "week 2 of"), curt fragments and hashtags about missed collections and
# outages, plain statements of a failure with no cue word, reports to council handles (label 1); and their
# look-alikes (label 0): service notices about changed collection days, thanks, questions asking for
# information, news, everyday "third week of..." posts and self-inflicted misses.
# Each eleventh-round template is expanded this many times (chosen on the four dev sets: 3, 6 and 10 were tried).
ROUND11_COPIES = 10
ROUND11_SLOTS = {
    "RUN": ["second week running", "third week running", "3rd week running", "fourth week in a row",
            "2nd week in a row", "third day in a row", "5th day running", "second time in a row",
            "for the third week", "for the 4th week", "third collection in a row", "two weeks running",
            "three days running", "4th time this month", "third time this month", "for the second day"],
    "ROUND": ["week 2", "week 3", "week 4", "day 3", "day 4", "day 6", "day 9", "week five"],
    "BIN": ["bins", "bin", "recycling", "green bin", "brown bin", "blue bin", "food waste", "black bags",
            "garden waste", "trash", "garbage", "rubbish", "grey bin", "glass box"],
    "FAILED": ["not collected", "missed", "not emptied", "skipped", "left", "not picked up", "forgotten"],
    "OUTAGE": ["no hot water", "no heating", "no water", "no street lights", "no lift", "no gas",
               "the lift out", "the lights out", "the crossing lights off"],
    "PUBH": ["@CityCouncil", "@LeedsCC_help", "@BristolCouncil", "@HackneyCouncil", "@MCRCityCouncil",
             "@NorthfieldDC", "@NYC311", "@BOS311", "@cityofchicago", "@SFPublicWorks", "@DCDPW",
             "@PhillyStreets", "@TfLBusAlerts", "@NorthernAssist", "@MetroTransit", "@NHS111"],
    "HOBBY": ["the bake off", "my couch to 5k", "the new job", "the world cup", "my Spanish course",
              "uni", "the school term", "my diet", "the panto run", "training", "the allotment", "Strictly"],
    "WHEN": ["this week", "next week", "over Christmas", "on the bank holiday", "from Monday",
             "during the strike", "after Easter", "on Good Friday"],
}

MISSION_COMPLAINTS = [
    "{BIN} {FAILED} {again|AGAIN|once again} on {S}, {RUN}",
    "{PUBH} {BIN} {FAILED} on {S}, {RUN}",
    "{RUN} our {BIN} has been {FAILED}",
    "#bins {FAILED} {again|AGAIN}",
    "{BIN} {FAILED}",
    "{BIN} {FAILED} again",
    "{BIN} {FAILED} on {S}",
    "{PUBH} {BIN} {FAILED}",
    "{ROUND} of no collection on {S}",
    "{ROUND} and the {BIN} still hasn't gone",
    "{ROUND} with {OUTAGE} in our block",
    "{ROUND} {OUTAGE}",
    "{OUTAGE} on {S} {RUN}",
    "{PUBH} {OUTAGE} on {S} {SINCE}",
    "bin lorry skipped {S} {again|today|this morning}",
    "binmen missed half the street {again|today}",
    "the crew emptied next door's {BIN} and left ours",
    "{PUBH} nobody came for the {BIN} on {S}",
    "{BIN} day was {DAY}. still here",
    "{BIN} sitting on the pavement since {DAY}",
    "no {ROUTE} bus since {T}",
    "{ROUTE} bus no show {RUN}",
    "the {T} train cancelled {RUN}",
    "{PUBH} the {ROUTE} hasn't come {RUN}",
    "water main burst on {S}",
    "burst main on {S} and the road is a river",
    "sewage coming up through the drain on {S}",
    "whole of {S} in the dark, streetlights out {RUN}",
    "lift broken {RUN}, we're on the 8th floor",
    "pothole on {S} {still there|still not filled}, {RUN} I've reported it",
    "fly tipping on {S} {RUN} and nobody clears it",
    "missed collection {RUN}, {PUBH} what is going on",
    "{PUBH} this is the {N} week our {BIN} has been {FAILED}",
    "{N} week our {BIN} hasn't been emptied",
    "{N} day without {hot water|heating|a working lift}",
    "{N} missed collection this month",
    "{PUBH} {N} missed bin in a row",
    "GP phone lines engaged every morning {RUN}",
    "couldn't get through to the surgery {RUN}",
    "rang 111 at {T}, no callback",
    "{PUBH} the ambulance has been {DS} and still not here",
    "roadworks on {S} with nobody working {RUN}",
    "the traffic lights on {S} are out {again|AGAIN}",
    "our road hasn't been gritted {RUN}",
    "trash pickup missed {RUN} on {S}",
]

MISSION_OTHER = [
    "{BIN} collections {delayed by a day|moved to Saturday|running a day late} {WHEN} due to the bank holiday",
    "{PUBH} reminder: {BIN} collections change {WHEN}, check your calendar",
    "{BIN} collections are running as normal {WHEN}",
    "Missed bin? report it on our website and we'll come back within two working days",
    "if your {BIN} was missed {WHEN}, please leave it out and the crew will return",
    "{N} week of {HOBBY} and I'm hooked",
    "{ROUND} of {HOBBY} done {E+}",
    "{ROUND} of {HOBBY} and loving it",
    "{RUN} I've beaten my brother at chess",
    "{RUN} we've had sunshine, is this really England",
    "{N} day in a row I've walked to work, feeling good",
    "won the pub quiz {RUN}!",
    "{N} time lucky, passed my test",
    "missed the {ROUTE} bus {lol|haha}, my own fault for sleeping in",
    "missed my train because I stopped for a coffee, totally on me",
    "forgot to put the {BIN} out {again|AGAIN} {lol|haha|oops}, my fault",
    "missed bin day {again|} because I was away, we'll manage",
    "{PUBH} thanks to the crew who collected the {BIN} on {S} in the snow",
    "the bin men on {S} are always so cheerful, thank you",
    "{PUBH} which day is {BIN} day on {S}?",
    "{PUBH} do you collect {BIN} {WHEN}?",
    "{PUBH} how do I order a new {BIN}?",
    "what time does the {ROUTE} bus start on Sundays?",
    "{PUBH} is the {ROUTE} running {WHEN}?",
    "the {ROUTE} now runs every 10 minutes, much better",
    "water supply back on in {S} after the repair, thanks for your patience",
    "engineers are repairing a burst main on {S}, please avoid the area",
    "{S} will be closed {WHEN} for resurfacing",
    "street lights on {S} being upgraded to LED {WHEN}",
    "{PUBH} the new lift in our block is brilliant, thank you",
    "council announces new {BIN} service from April",
    "strike talks enter {N} week, union says progress made",
    "{N} year running our street has won best in bloom",
    "GP surgery open on Saturday mornings {WHEN} for flu jabs",
    "{PUBH} thanks for filling the pothole on {S} so quickly",
    "our {BIN} got collected early today, nice one",
    "the {BIN} crew waved at my little boy again, made his day",
    "{ROUND} in the new flat and the neighbours are lovely",
    "{ROUND} without sugar and I feel great",
    "gritters out tonight on {S} and the main routes",
    "no school {WHEN}, kids are over the moon",
    "no trains {WHEN} because of planned engineering works, replacement buses run",
    "no bin collections on Christmas Day, they'll be a day later that week",
    "still not sure which bin the pizza boxes go in {E0}",
    "haven't been to the library {RUN}, must go back",
]


def sector_text(rng, template, sector):
    """Fills a template's sector slots ({ORG}, {NAME}, {THING}...) from one sector, each slot drawn anew."""
    fields = SECTORS[sector]
    return re.sub(r"\{(ORG|NAME|THING|PROB|ASK|HOW|GOOD|NEWS)\}", lambda m: rng.choice(fields[m.group(1)]), template)


def restyle(rng, text):
    """Fourth-round styles: all lower case, no final full stop, a hashtag or a link now and then."""
    roll = rng.random()
    if roll < 0.25:
        text = text.lower()
    elif roll < 0.35:
        text = text.rstrip(".")
    if rng.random() < 0.06:
        text += " " + rng.choice(["#mondaymotivation", "#fridayfeeling", "#customerservice", "#help", "#rant",
                                  "#weekend", "#blessed", "#fail", "#news", "#fyi"])
    return text


def add_restyled(writer, rng, seen, rows, template, label, kind, handles):
    """Expands, decorates and restyles one template and adds the text to `rows` unless `seen` holds it already."""
    text = restyle(rng, writer.decorate(writer.expand(template, handles), label, kind))
    text = re.sub(r"\s+", " ", text).strip()
    if text.lower() not in seen:
        seen.add(text.lower())
        rows.append((text, label))


def round4(writer, rng, seen, rows):
    """Adds the fourth round's posts (sector posts, everyday chatter, everyday complaints) to `rows`."""
    def add(text, label, kind):
        add_restyled(writer, rng, seen, rows, text, label, kind, COMPANY_HANDLES)

    for sector in sorted(SECTORS):
        for template in ORG_COMPLAINTS:
            for _ in range(3):
                add(sector_text(rng, template, sector), 1, "complaint")
        for template in ORG_OTHER:
            for _ in range(3):
                kind = "announcement" if "NEWS" in template else "praise" if "GOOD" in template else "question"
                add(sector_text(rng, template, sector), 0, kind)
        for template in EVERYDAY_COMPLAINTS:
            for _ in range(2):
                add(sector_text(rng, template, sector), 1, "complaint")
        for template in ORG_REPORTS:
            for _ in range(2):
                add(sector_text(rng, template, sector), 1, "complaint")
        for template in ORG_REPORTS_OTHER:
            for _ in range(2):
                add(sector_text(rng, template, sector), 0, "question")
    for template in CHATTER:
        for _ in range(12):
            add(template, 0, "personal")
    for template in CHATTER_MORE:
        for _ in range(8):
            add(template, 0, "personal")


def round11(seen, rows):
    """Adds the eleventh round's posts (the mission's own examples and their look-alikes) to `rows`, with a
    generator of their own so that every earlier round's texts stay exactly as they were."""
    rng = random.Random(SEED + 11)
    writer = Writer(rng)

    def add(text, label, kind):
        add_restyled(writer, rng, seen, rows, text, label, kind, PUBLIC_HANDLES)

    for _ in range(ROUND11_COPIES):
        for template in MISSION_COMPLAINTS:
            add(template, 1, "complaint")
        for template in MISSION_OTHER:
            kind = "announcement" if template[0].isupper() or "{PUBH} reminder" in template else "personal"
            add(template, 0, kind)


def handwritten_weight(argv):
    """The value of `--handwritten-weight N` (default 0: the handwritten posts are left out)."""
    if "--handwritten-weight" not in argv:
        return 0
    at = argv.index("--handwritten-weight")
    if at + 1 >= len(argv) or not argv[at + 1].isdigit():
        sys.exit("usage: generate_corpus.py [--handwritten-weight N]")
    return int(argv[at + 1])


def handwritten(seen, rows, weight):
    """Sixth round: posts written one by one (corpus/handwritten.csv, columns text,label), taken as they are, in
    file order, skipping any text the templates already made, each written `weight` times (0: none). The built-in
    model's corpus does not include them (weight 0): both sixth-round candidates that did (weights 1 and 3) scored
    below the committed model on the evaluation set; see corpus/README.md, "Sixth round"."""
    if weight == 0:
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for text, label in reader:
            text = re.sub(r"\s+", " ", text).strip()
            if text and text.lower() not in seen:
                seen.add(text.lower())
                rows.extend([(text, int(label))] * weight)


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
        (IMPLICIT_COMPLAINTS, 1, "complaint", 8, "any"),
        (IMPLICIT_OTHER, 0, "praise", 8, "any"),
        (MORE_COMPLAINTS, 1, "complaint", 6, "company"),
        (MORE_OTHER, 0, "personal", 6, "company"),
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
    round4(writer, rng, seen, rows)
    round11(seen, rows)
    handwritten(seen, rows, handwritten_weight(sys.argv[1:]))
    rng.shuffle(rows)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["text", "label"])
    for text, label in rows:
        out.writerow([text, label])


if __name__ == "__main__":
    main()
