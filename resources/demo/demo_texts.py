# -*- coding: utf-8 -*-
"""Hand-written texts for the Lumen & Loom demo workspace (used by make_demo.py).

Buyer entries are strings of the form

    "<sentiment><[token]...> <text> [|| <specific agent answer>]"

sentiment: '-' negative, '0' neutral, '+' positive.
tokens:    [cat]        product category or SKU the text talks about (see CATEGORIES in make_demo.py)
           [@a,b]       only on these channel kinds or channel keys
           [=status]    order status override (e.g. [=delivered])
           [noorder]    the conversation carries no order
           [#tag]       tag to put on the conversation
Slots:     {order} {item} {tracking} {carrier} {days} {amount} {postcode}
"""

INTENTS = [
    "where_is_my_order", "delivery_delay", "refund", "return_exchange", "cancellation",
    "damaged_or_wrong_item", "address_change", "payment_problem", "invoice",
    "pre_sales_question", "complaint", "chargeback_or_legal", "praise", "other",
]

# ---------------------------------------------------------------------------------------------
# Buyer openers
# ---------------------------------------------------------------------------------------------
BUYER = {}

BUYER["en"] = {
    "where_is_my_order": [
        "0 I ordered the {item} {days} days ago and haven't received any shipping update. Can you tell me where my order {order} is?",
        "0 Has my order shipped yet? Order number {order}.",
        "- Where is my order??? It's been {days} days and the tracking hasn't moved at all.",
        "0 Tracking number please for order {order}",
        "0 The tracking ({tracking}) just says 'label created' since last week. Is it actually on its way?",
        "0[=delivered] Tracking says delivered yesterday but there's nothing at my door or with the neighbours. Order {order}. Could you check with {carrier}? || I'm sorry to hear that. {carrier} marks a parcel as delivered when it's scanned at the address, and sometimes it ends up with a neighbour or in a safe place. Could you have one more look around? If it hasn't turned up within 24 hours, we'll open a claim with {carrier} and send you a replacement straight away.",
        "0 hi just checking when my {item} will arrive? need it before the weekend if possible",
        "0 I placed order {order} for the {item} and I'm not sure it went through. I got charged but never got an email with tracking. Can you confirm it's shipping?",
        "- Order {order}. No tracking, no email, nothing. Where is it?",
        "0 Quick question, which carrier is my parcel with? The link in the confirmation doesn't work for me.",
        "0 Any idea when order {order} will be dispatched? The listing said ships in 1-2 days 🙂",
        "0[=delivered] My neighbour says a parcel came for me but I can't find it anywhere. {carrier} shows delivered to 'front door'. Do you have a photo or anything? || The carrier doesn't give us a delivery photo, but I've asked {carrier} for the GPS scan of the delivery (tracking {tracking}). If it isn't found within 24 hours, we'll send you a replacement at no cost.",
        "0 Can you send me the tracking link again? I deleted the email by mistake 🙈",
        "0 I'm moving out at the end of the month, just want to make sure my {item} arrives before then. Where is it right now?",
        "0 hey!! ordered {days} days ago and still nothing, is it actually coming? 😅",
    ],
    "delivery_delay": [
        "- My order {order} was supposed to arrive last Thursday. Tracking has been stuck at the {carrier} facility for 6 days now. What is going on?",
        "0 My parcel seems to be delayed. Estimated delivery was 3 days ago and there's been no update since. Can you look into it?",
        "- This is taking forever. Ordered {days} days ago, still in transit. I needed the {item} for a trip this week.",
        "0 Tracking {tracking} says 'delivery exception - address information needed'. My address is correct though. What should I do?",
        "-[#customs] It's been sitting at the customs facility for over a week. Do I need to pay something? Nobody told me about customs.",
        "0 The delivery date keeps moving back, first Monday, then Wednesday, now 'pending'. Is there a problem with the shipment?",
        "- Still not here. Order {order}. I've been patient but this is ridiculous",
        "0 The tracking shows it's going back to the sender?? I didn't refuse anything. Order {order}",
        "0[#gift] It's a gift for my mum's birthday on Saturday and the {item} still says in transit. Any chance it'll make it? 😬",
        "- {carrier} says 'running late' for the third day in a row. Can you contact them or just send another one?",
        "0 Hiya, my tracking hasn't updated since it left the sorting centre {days} days ago. Is that normal for this route?",
    ],
    "refund": [
        "0 I returned the {item} last week (tracking {tracking}) and still haven't got my refund. Can you check please?",
        "0 I'd like a refund for order {order}. The {item} doesn't suit our space and I haven't used it.",
        "- You said I'd be refunded within 48 hours. That was 9 days ago. Where is my money?",
        "0 I was only refunded part of the amount instead of the full {amount}. Why was something deducted?",
        "0 Can I get a refund instead of a replacement? I'd rather just order something else.",
        "- Refund please. Not what I expected at all.",
        "0 My order {order} was cancelled but the money hasn't come back to my card. How long does it usually take?",
        "0 The {item} arrived after I'd already bought one locally. I'd like to send it back for a refund, it's still sealed.",
        "- Still waiting on my refund for {order}. This is the third time I'm asking.",
        "0 Just wanted to check the status of my refund 🙂 the return was delivered to you according to tracking. Thanks!",
        "0 How long do refunds take to show up on PayPal? Return was dropped off Monday.",
    ],
    "return_exchange": [
        "0[linen] Can I exchange the {item} for a different colour? I ordered the grey one but the sand would suit our kitchen better.",
        "0 How do I return an item? I can't find a return label anywhere. Order {order}",
        "0[duvet] The duvet cover is too small for our bed (we have a king). Can I swap it for the king size?",
        "0[desklamp] I'd like to return the {item}. It works fine, just not as bright as I hoped.",
        "0 Is it possible to return only one of the items from order {order}? I want to keep the rest.",
        "0[mat] I got the wrong thickness yoga mat... my fault, I ordered 4 mm but wanted 6 mm. Can I exchange it?",
        "0[#gift] I need to return the {item}, it was a gift and they already have one. Do I need the original box?",
        "- Your return window says 30 days but the return page won't let me select my order. Can you fix that?",
        "0 Where do I send the return to? The address on the slip is in Shenzhen, is that right?",
        "0 Could you send me a prepaid return label for {order}? I'd prefer to swap the {item} for another one, the finish has a small scratch.",
    ],
    "cancellation": [
        "0 Please cancel my order {order}, I ordered the wrong thing by mistake.",
        "0 Can I still cancel? I placed the order 10 min ago and realised I picked the wrong colour.",
        "- Cancel my order. Nobody has answered me and it still hasn't shipped.",
        "0 I need to cancel order {order}. Found it cheaper elsewhere, sorry!",
        "0 Accidentally ordered the {item} twice. Can you cancel one of them?",
        "0 I would like to cancel my order as the delivery estimate is too long for me. Thanks",
        "0 Is it too late to cancel {order}? If it already shipped I'll just refuse the parcel.",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] The {item} arrived broken. The box was crushed and one mug is in pieces.",
        "-[desklamp] Received the lamp today and it flickers constantly, even on the highest setting. Not acceptable for the price.",
        "0[mug] I ordered the sand colour but received grey. Order {order}. Can you send the right one?",
        "0[LL-STD-01] There's a missing part. The phone stand came without the rubber pads and the hex key.",
        "-[notowel] Wrong item!! I ordered the {item} and got a set of tea towels. What?",
        "0[LL-ADP-01] The travel adapter's USB-C port doesn't charge my laptop at all, only the USB-A works. Is it defective?",
        "-[mat] The mat smells really strongly of rubber and has a dent in the middle. Is this normal? I can't use it like this",
        "0[LL-LIN-03] One of the pillowcases has a small tear along the seam. Photos attached.",
        "-[LL-MUG-02][#fragile] The glaze on 2 of the 4 mugs is chipped around the rim. Definitely not drinking from those. Order {order}",
        "0[charger] The charging stand gets very hot and stops charging after 10 minutes. Is that a fault?",
        "- Parcel arrived open and half empty. The {item} wasn't even in it. {order}",
        "0[LL-HOM-03] the clock ticks loudly, listing says silent. think I got a faulty one?",
        "0[aroma] The diffuser leaks water from the bottom after about an hour. Towel underneath is soaked.",
    ],
    "address_change": [
        "0 I made a mistake in my address, it should be apartment 4B, not 48. Can you update order {order}?",
        "0 Can you ship to my work address instead? I won't be home next week.",
        "0 I've just moved. Please change the delivery address for {order} to my new one, postcode {postcode}.",
        "- Your checkout autofilled the wrong zip code on my order! Please fix it before it ships.",
        "0 Is it possible to change the delivery address after ordering? I don't think the order has shipped yet.",
        "0 Could you add my buzzer number (12) to the address? The courier couldn't get in last time.",
    ],
    "payment_problem": [
        "- I was charged twice for order {order}! Please refund the duplicate payment immediately.",
        "0 My card keeps getting declined at checkout even though it works everywhere else. Is there another way to pay? || Sorry about that! A decline usually comes from the card issuer's fraud check on international merchants. You can approve the payment in your banking app and try again, or pay with PayPal, Apple Pay or Google Pay instead.",
        "0 The order says 'payment pending' for 2 days now. Do I need to do anything? || Thanks for checking. Your bank is still holding the payment for verification; nothing is needed from your side. Once it's confirmed, usually within 24 hours, the order moves to 'paid' and ships the same day.",
        "0[@shopify,email,facebook,instagram] Do you accept PayPal or Afterpay? I can only see credit card. || We accept PayPal, Shop Pay, Apple Pay, Google Pay and all major cards. Afterpay isn't available yet, but PayPal Pay in 4 works at checkout if you'd like to split the payment.",
        "0 I paid {amount} but the confirmation email says a different amount. Which one is right? || Good question! {amount} is the correct total. The confirmation shows the subtotal before shipping; the difference is the shipping fee, which is listed on a separate line further down.",
        "- Why was my card charged when the order got cancelled?? Need that money back.",
    ],
    "invoice": [
        "0 Could you send me an invoice with VAT for order {order}? I need it for my company's expenses.",
        "0 I need the invoice in our company name: Brightwell Studio Ltd. Is that possible?",
        "0[@amazon] Can I get a receipt for {order}? Amazon doesn't show an invoice for this seller.",
        "0 We need a proper VAT invoice (not just the order confirmation) for our accounts. Company VAT number GB 284 1937 62.",
        "0 Could you re-issue the invoice with my billing address? The one I got only shows the shipping address.",
        "0 hi, where can I download the invoice for my order?",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] Does the Aurora desk lamp have a USB port to charge a phone? And is the colour temperature adjustable? || Yes, the Aurora LED Desk Lamp has a 5V/1A USB-A port in the base, enough to charge a phone overnight. You can switch between 5 colour temperatures (2700-6500 K) and 7 brightness levels, and it remembers your last setting.",
        "0[mug][noorder] Are the stoneware mugs dishwasher and microwave safe? || Yes, they're both dishwasher and microwave safe, and the glaze is lead- and cadmium-free. We only recommend avoiding sudden temperature shocks, e.g. going straight from the freezer into boiling water.",
        "0[duvet][noorder] What are the exact dimensions of the queen duvet cover? Our insert is 90x90. || The queen duvet cover measures 90 x 92 inches with a button closure and inner corner ties, so your 90x90 insert will fit nicely. The linen is pre-washed, so there's no noticeable shrinkage at 40 °C / warm.",
        "0[adapter][noorder] Will the travel adapter work in Japan and the UK? Going on a trip next month. || Yes. The adapter covers more than 150 countries, including Japan (Type A) and the UK (Type G), with slide-out US/EU/UK/AU plugs. Please note it's an adapter, not a voltage converter: perfect for phone and laptop chargers, not for hair dryers.",
        "0[mat][noorder] Is the cork yoga mat slippery when you sweat? I do hot yoga. || Cork actually gets grippier when it's slightly damp, so it works really well for hot yoga. The 4 mm cork mat has a natural rubber base; just wipe it with a damp cloth after practice and let it air-dry.",
        "0[LL-STD-01][noorder] Does the phone stand fit an iPhone 15 Pro Max with a thick case? || Yes, the holder opens up to 14 mm and fits phones from 4 to 7.9 inches, so an iPhone 15 Pro Max in a case up to about 3 mm thick sits securely.",
        "0[noorder][@shopify,etsy,instagram,facebook,email] Do you ship to Canada? And how long does it take? || Yes, we ship to Canada. Standard delivery takes about 6-9 business days and you'll get a tracking number as soon as the parcel leaves our warehouse. Duties are collected at checkout, so there's nothing extra to pay on delivery.",
        "+[mug][noorder][@instagram,facebook,tiktok,shopify,etsy] Love your stuff 😍 will the sand mugs be back in stock soon? || Thank you so much! 😊 The sand stoneware mugs are being restocked and should be back in about 10 days. Follow the shop and you'll see them as soon as they're live.",
        "0[noorder][#gift][@shopify,etsy,instagram,facebook,email] Do you offer gift wrapping? It's for my sister's wedding. || Yes! We can gift-wrap any order in recycled paper with a linen ribbon and add a handwritten card. Just tell us the message you'd like, and we'll leave the prices off the packing slip.",
        "0[LL-LAMP-03][noorder] Is the bedside lamp bulb replaceable or is it integrated LED? || It's an integrated LED rated for about 25,000 hours, so there's no bulb to replace, and it's covered by our 2-year warranty.",
        "0[mug][noorder][#wholesale][@email,instagram,facebook,shopify,etsy] Are you a wholesale supplier? I run a small concept store and would like to order 50+ mugs. || Thanks for your interest! We offer wholesale pricing from 24 units per design. I'll send you our wholesale price list and lead times; for 50+ mugs, an order is usually ready to ship within 2 weeks.",
        "0[LL-ARO-05][noorder] How long does the diffuser run on one fill? And does it turn off by itself? || The diffuser runs about 8 hours in continuous mode on a full 300 ml tank (up to 14 hours in interval mode), and it switches off automatically when the water runs out.",
        "0[LL-PWR-03][noorder] Is the 10000 mAh power bank allowed in hand luggage on flights? || Yes: 10,000 mAh at 3.7 V is about 37 Wh, well below the 100 Wh airline limit, so it can go in your hand luggage. It must not go in checked baggage.",
        "0[linen][noorder] Does the linen bedding get softer after washing? The one I have now feels scratchy. || It does! Our linen is stone-washed before sewing, so it's soft from day one and keeps getting softer with every wash. Wash at 40 °C and tumble-dry low or line-dry.",
        "0[LL-CHG-04][noorder] does the 3 in 1 dock work with a Samsung watch or only apple? || The 3-in-1 dock charges any Qi phone and AirPods, but the watch puck is for Apple Watch only. For a Samsung Galaxy Watch you'd need its own charger; the dock's USB-C port can power it, though.",
    ],
    "complaint": [
        "- Very disappointed. The colour in the photos looks nothing like the real thing, it's much darker.",
        "- I've emailed twice and nobody answers. Is anyone actually reading these? || I'm very sorry for the silence, you had every right to be annoyed. I've taken over your case personally and read through your earlier messages; you'll have a full answer from me today.",
        "-[desklamp] The lamp is fine but the packaging was excessive. 3 layers of plastic for a 'sustainable' brand? Come on.",
        "-[mug] The mug is way smaller than it looks in the pictures. Barely fits a coffee. Feels misleading.",
        "- Your courier left my parcel in the rain and the box was soaked through. Not great.",
        "- The instructions are only in Chinese and German. How am I supposed to set up the {item}? || Sorry about that! I've attached the full English manual as a PDF, and setup takes about two minutes. We're adding English to the printed instructions with the next batch.",
        "- Honestly the quality has gone down. I bought the same {item} last year and it was much thicker.",
        "- The driver was rude and threw the box over the fence. I know it's not you directly but you chose the courier.",
        "- Third time I'm explaining the same problem to a different person. Can one person please just own this? || I'm sorry you had to repeat yourself. I've read the whole history and I'll be your single point of contact from now on until this is fully resolved.",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] If I don't get a refund by Friday I'm filing an A-to-z claim.",
        "-[@ebay] I've opened a case with eBay since you haven't responded. Item not received.",
        "- I'm disputing the charge with my bank. You sold me a defective product and ignored my messages.",
        "-[@shopify,email,ebay,etsy,facebook,instagram] I've filed a PayPal dispute for order {order}. I'll close it once I get my money back.",
        "-[adapter] This is my last message before I contact Trading Standards. The adapter sparked when I plugged it in. That's dangerous.",
        "- Refund me or I'll leave 1-star reviews everywhere and report you to the marketplace.",
    ],
    "praise": [
        "+ Just wanted to say the {item} is gorgeous! Even nicer than the photos. Thank you!",
        "+ Arrived super fast and so well packed. Will definitely order again 😊",
        "+ Thanks for sorting out the replacement so quickly, really appreciate it.",
        "+[linen] The linen sheets are dreamy. Best sleep I've had in months.",
        "+[mug][#gift] Love love love the mugs!! Bought them for my sister and now I want a set too ☕",
        "+ Great service, you actually replied on a Sunday. Thank you!",
        "+[desklamp] The lamp is perfect for my home office, my eyes feel so much better in the evenings.",
        "+ Just got the refund, thanks for being so fair about it.",
    ],
    "other": [
        "0[noorder][@shopify,email] How do I delete my account on your website? || Of course. I've submitted the deletion request for your customer account; it will be removed within 7 days and you'll get a confirmation email. Your order history won't be visible after that.",
        "0[noorder][#influencer][@instagram,tiktok,facebook,email] I'm a content creator (45k followers, home decor). Would you be interested in a collaboration? || Thank you for reaching out! We'd love to take a look. Could you share your media kit and a few examples of previous home decor collaborations? Our partnerships team will get back to you within a week.",
        "0[noorder][@shopify,email,facebook,instagram] Can you please remove my number from your text list? I keep getting promo texts. || Done, I've removed your number from our SMS list. You might receive one more message that was already scheduled, but nothing after that. Sorry for the bother!",
        "0[noorder][@facebook,instagram,tiktok,shopee] hello? || Hi there! Thanks for getting in touch. How can we help you today?",
        "0[noorder][linen][@shopify,email,facebook,instagram,etsy] Do you have a physical shop where I can see the linen colours in person? || We're online-only, but we're happy to post you free fabric swatches of all 9 linen colours. Just send us your address and we'll mail them this week.",
        "0 I left a review but it doesn't show up. Did I do something wrong? || Thanks for taking the time to leave a review! The platform checks new reviews before publishing them, which can take up to 72 hours. We can't see or edit reviews on our side, but it should appear soon.",
        "0[=paid][@shopify,email,etsy] Can I add a second mug to my order before it ships? Same address. || We can't add items to a paid order, but if you place a second order within the next 2 hours we'll pack both together and refund the second shipping fee.",
        "0[noorder][@shopify,email,facebook,instagram] Do you have a discount code for first orders? || Welcome! Sign up to our newsletter at checkout and you'll get 10% off your first order. The code arrives by email straight away.",
    ],
}

BUYER["de"] = {
    "where_is_my_order": [
        "0 Ich habe vor {days} Tagen bestellt und noch keine Versandbestätigung bekommen. Wo ist meine Bestellung {order}?",
        "- Wo bleibt mein Paket??? Die Sendungsverfolgung zeigt seit Tagen nichts an.",
        "0 Können Sie mir bitte die Sendungsnummer für die Bestellung {order} schicken?",
        "0[=delivered] Laut {carrier} wurde das Paket gestern zugestellt, aber hier ist nichts angekommen. Auch nicht bei den Nachbarn. Können Sie das bitte prüfen? || das tut uns leid! Wir haben bei {carrier} einen Nachforschungsauftrag zur Sendung {tracking} gestellt. Manchmal wird ein Paket auch in einer Filiale oder an einem Ablageort hinterlegt, eine Benachrichtigungskarte sollte dann im Briefkasten liegen. Taucht es innerhalb von 24 Stunden nicht auf, schicken wir Ihnen kostenlos Ersatz.",
        "0 Wurde meine Bestellung ({item}) schon verschickt? Ich bräuchte sie eigentlich bis Freitag.",
    ],
    "delivery_delay": [
        "- Die Lieferung war für Dienstag angekündigt, jetzt steht seit 5 Tagen 'in Zustellung'. Was ist da los?",
        "0 Meine Sendung {tracking} hängt seit einer Woche im Paketzentrum fest. Können Sie bei {carrier} nachfragen?",
        "- Bestellt vor {days} Tagen, immer noch nicht da. Langsam reicht es mir.",
        "0 Das voraussichtliche Lieferdatum wurde schon zweimal verschoben. Ist mit der Sendung alles in Ordnung? Bestellnummer {order}",
    ],
    "refund": [
        "0 Ich habe die Ware vor zwei Wochen zurückgeschickt (Sendungsnummer {tracking}), aber noch keine Erstattung erhalten.",
        "0 Ich möchte bitte mein Geld zurück für die Bestellung {order}. Der Artikel gefällt mir leider nicht, ist noch originalverpackt.",
        "- Mir wurde die Erstattung zugesagt, bis heute ist nichts auf meinem Konto. Ich bitte um sofortige Klärung!",
        "0 Warum wurde nicht der volle Betrag von {amount} erstattet? Ich habe doch alles zurückgeschickt.",
    ],
    "return_exchange": [
        "0[linen] Ich würde gern umtauschen: statt Grau hätte ich lieber die Farbe Sand. Geht das?",
        "0 Wie kann ich den Artikel zurückschicken? Ich finde kein Retourenetikett. Bestellung {order}",
        "0[duvet] Der Bettbezug ist leider zu klein für unsere Decke (240x220). Kann ich ihn gegen die größere Größe tauschen?",
        "0[mat] Ich möchte die Yogamatte zurückgeben, sie ist mir zu dünn. Muss ich die Rücksendung selbst bezahlen?",
    ],
    "cancellation": [
        "0 Bitte stornieren Sie meine Bestellung {order}, ich habe mich vertan.",
        "0 Kann ich die Bestellung noch stornieren? Habe gerade erst bestellt und die falsche Farbe gewählt.",
        "- Bitte stornieren Sie meine Bestellung, wenn sie bis heute nicht verschickt wird. Ich warte schon viel zu lange.",
        "0 Ich habe versehentlich zweimal bestellt. Bitte eine der beiden Bestellungen stornieren ({order}).",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] Die Tasse kam zerbrochen an, der Karton war komplett eingedrückt.",
        "-[desklamp] Die Lampe flackert ständig, auch auf höchster Stufe. Für den Preis echt enttäuschend.",
        "0[notowel] Ich habe einen falschen Artikel bekommen. Bestellt war {item}, geliefert wurden Geschirrtücher.",
        "0[LL-STD-01] Beim Handyständer fehlen die Gummifüße und der Inbusschlüssel. Können Sie die nachschicken?",
        "-[LL-ADP-01] Der Reiseadapter ist defekt, der USB-C-Anschluss lädt überhaupt nicht. Bestellnummer {order}",
    ],
    "address_change": [
        "0 Ich habe mich bei der Hausnummer vertippt, richtig ist 14a statt 41. Können Sie das bei Bestellung {order} noch ändern?",
        "0 Kann die Lieferung an eine Packstation gehen? Ich bin tagsüber nicht zu Hause.",
        "0 Ich bin umgezogen, bitte an die neue Adresse liefern, PLZ {postcode}. Ist das noch möglich?",
    ],
    "payment_problem": [
        "- Mir wurde der Betrag doppelt abgebucht! Bitte sofort eine der Abbuchungen zurücküberweisen.",
        "0[@shopify,email,etsy] Kann ich auch per Klarna oder auf Rechnung bezahlen? || Ja, im Shop können Sie mit Klarna (Rechnung in 14 Tagen oder Ratenkauf), PayPal, Kreditkarte und Apple Pay bezahlen. Die Option erscheint im letzten Schritt des Checkouts.",
        "0 Die Zahlung per PayPal wird immer abgelehnt. Gibt es eine andere Möglichkeit? || das tut uns leid! Meist steckt eine Sicherheitsprüfung von PayPal dahinter. Sie können alternativ per Kreditkarte, Klarna oder Apple Pay bezahlen; Ihr Warenkorb bleibt gespeichert.",
        "0 Bei mir steht seit zwei Tagen 'Zahlung ausstehend'. Muss ich noch etwas tun? || danke für die Nachfrage. Ihre Bank prüft die Zahlung noch, Sie müssen nichts weiter tun. Sobald sie bestätigt ist, meist innerhalb von 24 Stunden, wird die Bestellung noch am selben Tag verschickt.",
    ],
    "invoice": [
        "0 Bitte senden Sie mir eine Rechnung mit ausgewiesener MwSt. für die Bestellung {order}.",
        "0 Ich benötige die Rechnung auf meine Firma: Keller Architektur GmbH, Schillerstr. 12, 70173 Stuttgart. Danke!",
        "0 Wo finde ich die Rechnung? In meinem Konto wird keine angezeigt.",
        "- Ich warte seit einer Woche auf die Rechnung. Ohne Rechnung kann ich das nicht abrechnen.",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] Ist die Lampe dimmbar und kann man die Lichtfarbe einstellen? || Ja, die Aurora LED-Schreibtischlampe hat 7 Helligkeitsstufen und 5 Farbtemperaturen (2700-6500 K). Die zuletzt gewählte Einstellung wird gespeichert.",
        "0[mug][noorder] Sind die Tassen spülmaschinenfest? || Ja, unsere Steinguttassen sind spülmaschinen- und mikrowellengeeignet. Die Glasur ist frei von Blei und Cadmium.",
        "0[duvet][noorder] Gibt es den Leinenbezug auch in 135x200? || Den Bezug gibt es derzeit in 200x200 und 240x220 cm. 135x200 ist für Anfang nächsten Monats geplant, am besten merken Sie sich den Artikel vor.",
        "0[adapter][noorder] Funktioniert der Reiseadapter auch in den USA und in Thailand? || Ja, der Adapter deckt über 150 Länder ab, darunter die USA und Thailand. Bitte beachten Sie: Es ist ein Adapter, kein Spannungswandler. Für Ladegeräte und Laptops kein Problem, für Föhne nicht geeignet.",
        "0[noorder] Liefern Sie auch nach Österreich und in die Schweiz? || Nach Österreich liefern wir zu denselben Bedingungen wie innerhalb Deutschlands (2-4 Werktage). In die Schweiz versenden wir mit DHL, Zoll und Einfuhrumsatzsteuer sind bereits im Preis enthalten.",
    ],
    "complaint": [
        "- Die Farbe sieht in echt ganz anders aus als auf den Fotos. Sehr enttäuschend.",
        "- Ich habe Ihnen schon zweimal geschrieben und keine Antwort bekommen. So geht man nicht mit Kunden um. || Sie haben völlig recht, dafür entschuldigen wir uns. Ich habe Ihren Fall persönlich übernommen und Ihre bisherigen Nachrichten gelesen; Sie erhalten heute noch eine vollständige Antwort von mir.",
        "- So viel Plastikverpackung für eine angeblich nachhaltige Marke? Das passt nicht zusammen.",
        "- Die Bedienungsanleitung gibt es nur auf Englisch und Chinesisch. Eine deutsche Anleitung wäre schon angebracht. || da haben Sie recht, entschuldigen Sie bitte! Die vollständige deutsche Anleitung finden Sie als PDF im Anhang. Ab der nächsten Lieferung liegt sie auch gedruckt bei.",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] Wenn ich bis Montag keine Erstattung habe, beantrage ich die A-bis-z-Garantie.",
        "-[@ebay] Ich habe bei eBay einen Fall eröffnet, da Sie nicht reagieren. Artikel nicht erhalten.",
        "- Ich lasse die Zahlung zurückbuchen und informiere die Verbraucherzentrale, wenn das nicht bis Ende der Woche geklärt ist.",
    ],
    "praise": [
        "+[desklamp] Die Lampe ist super, genau wie beschrieben. Schnelle Lieferung, gerne wieder!",
        "+ Vielen Dank für den tollen Service und den schnellen Ersatz!",
        "+[linen] Die Leinenbettwäsche ist ein Traum 😍 Danke!",
        "+ Top verpackt, alles heil angekommen. Dankeschön!",
    ],
    "other": [
        "0[noorder][@shopify,email] Wie kann ich mein Kundenkonto löschen? || Gern. Wir haben die Löschung Ihres Kundenkontos veranlasst; sie ist innerhalb von 7 Tagen abgeschlossen und Sie erhalten eine Bestätigung per E-Mail.",
        "0 Ich habe eine Bewertung geschrieben, aber sie wird nicht angezeigt. Wissen Sie warum? || Vielen Dank für Ihre Bewertung! Neue Bewertungen werden von der Plattform vor der Veröffentlichung geprüft, das kann bis zu 72 Stunden dauern. Wir selbst können Bewertungen weder sehen noch bearbeiten.",
        "0[noorder][linen][@shopify,email,etsy,ebay] Haben Sie auch einen Laden in Berlin, wo man sich die Sachen ansehen kann? || Wir sind leider ein reiner Online-Shop. Gern schicken wir Ihnen aber kostenlose Stoffmuster unserer Leinenfarben zu, schreiben Sie uns einfach Ihre Adresse.",
        "0[noorder][mug][#wholesale][@email,shopify,etsy,ebay] Wir sind ein kleines Café in Leipzig und suchen Tassen in größerer Stückzahl (ca. 80). Gibt es Mengenrabatt? || Vielen Dank für Ihre Anfrage! Ab 24 Stück pro Design bieten wir Großhandelspreise an. Für 80 Tassen liegt die Lieferzeit bei etwa zwei Wochen; unsere Preisliste schicken wir Ihnen gern zu.",
    ],
}

BUYER["fr"] = {
    "where_is_my_order": [
        "0 J'ai commandé il y a {days} jours et je n'ai toujours pas de numéro de suivi. Où en est ma commande {order} ?",
        "- Toujours rien reçu et aucune info sur le suivi... c'est normal ?",
        "0 Pouvez-vous me dire quand la commande {order} sera expédiée ? Merci",
        "0[=delivered] Le suivi indique 'livré' mais je n'ai rien reçu, ni dans ma boîte aux lettres ni chez le gardien. Pouvez-vous vérifier auprès de {carrier} ? || Nous sommes désolés ! Nous avons ouvert une enquête auprès de {carrier} pour le colis {tracking}. Il arrive qu'un colis soit déposé en point relais ou chez un voisin : un avis de passage devrait alors se trouver dans votre boîte aux lettres. S'il reste introuvable sous 24 heures, nous vous renverrons l'article gratuitement.",
    ],
    "delivery_delay": [
        "- Mon colis est bloqué depuis une semaine au centre de tri. La livraison était prévue lundi. Que se passe-t-il ?",
        "0 La date de livraison a été repoussée deux fois. Y a-t-il un problème avec l'envoi {tracking} ?",
        "-[#gift] Commandé il y a {days} jours et toujours pas livré. C'était un cadeau, c'est raté.",
    ],
    "refund": [
        "0 J'ai renvoyé l'article il y a 10 jours et je n'ai toujours pas reçu le remboursement. Pouvez-vous vérifier ?",
        "0 Je souhaiterais un remboursement pour la commande {order}, l'article ne correspond pas à ce que j'attendais.",
        "- On m'a promis un remboursement sous 48 h, ça fait plus d'une semaine. J'attends toujours.",
    ],
    "return_exchange": [
        "0[duvet] Est-il possible d'échanger la housse de couette contre la taille au-dessus ? Elle est trop petite pour notre couette.",
        "0 Comment faire un retour ? Je ne trouve pas d'étiquette dans le colis. Commande {order}",
        "0[mat] Je voudrais retourner le tapis de yoga, il est trop fin pour moi. Les frais de retour sont-ils à ma charge ?",
    ],
    "cancellation": [
        "0 Merci d'annuler ma commande {order}, j'ai commandé le mauvais modèle.",
        "0 Puis-je encore annuler ? Je viens de passer commande et j'ai choisi la mauvaise couleur.",
        "- Annulez ma commande, le délai de livraison est beaucoup trop long.",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] Le mug est arrivé cassé, le carton était complètement écrasé.",
        "0[notowel] J'ai reçu le mauvais article : j'avais commandé {item} et j'ai reçu des torchons.",
        "-[desklamp] La lampe clignote sans arrêt, même à pleine puissance. Pour ce prix, c'est inadmissible.",
        "0[LL-STD-01] Il manque les patins en caoutchouc et la clé Allen du support de téléphone.",
    ],
    "address_change": [
        "0 J'ai fait une erreur dans l'adresse : c'est le bâtiment B, pas D. Pouvez-vous corriger la commande {order} ?",
        "0 Est-il possible de livrer en point relais plutôt qu'à domicile ? Je travaille en journée.",
        "0 Je viens de déménager, pouvez-vous envoyer la commande à ma nouvelle adresse (code postal {postcode}) ?",
    ],
    "payment_problem": [
        "- J'ai été débité deux fois pour la même commande ! Merci de rembourser le doublon rapidement.",
        "0 Ma carte est refusée à chaque fois au moment de payer. Est-ce que je peux payer autrement ? || Désolés pour ce souci ! Le refus vient généralement du contrôle antifraude de votre banque pour les achats à l'étranger. Vous pouvez valider le paiement dans votre application bancaire et réessayer, ou payer par PayPal ou Apple Pay.",
        "0 Le paiement est indiqué 'en attente' depuis deux jours. Dois-je faire quelque chose ? || Merci de votre message. Votre banque vérifie encore le paiement, vous n'avez rien à faire. Dès qu'il sera confirmé (généralement sous 24 heures), la commande partira le jour même.",
    ],
    "invoice": [
        "0 Pourriez-vous m'envoyer une facture avec TVA pour la commande {order} ? C'est pour ma société.",
        "0 J'aurais besoin d'une facture au nom de mon entreprise : Atelier Morel SARL, 12 rue de la République, 69002 Lyon. Merci d'avance.",
        "0 Où puis-je télécharger la facture de ma commande ?",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] Est-ce que la lampe est dimmable ? Et peut-on changer la couleur de la lumière ? || Oui, la lampe de bureau LED Aurora propose 7 niveaux de luminosité et 5 températures de couleur (2700 à 6500 K). Elle mémorise le dernier réglage utilisé.",
        "0[mug][noorder] Les mugs passent-ils au lave-vaisselle ? || Oui, nos mugs en grès passent au lave-vaisselle et au micro-ondes. L'émail est sans plomb ni cadmium.",
        "0[noorder] Vous livrez en Belgique ? Et en combien de temps ? || Oui, nous livrons en Belgique en 3 à 5 jours ouvrés, avec un numéro de suivi. La livraison est offerte dès 49 €.",
        "0[linen][noorder] Le lin est-il vraiment doux ou un peu rêche au début ? || Notre lin est lavé à la pierre avant la confection : il est doux dès le premier jour et s'assouplit encore à chaque lavage. Lavage à 40 °C, séchage à basse température ou à l'air libre.",
    ],
    "complaint": [
        "- Franchement décevant : la couleur n'a rien à voir avec les photos.",
        "- Je vous ai écrit deux fois sans réponse. Ce n'est pas sérieux. || Vous avez entièrement raison et nous vous présentons nos excuses. J'ai repris personnellement votre dossier et lu vos messages précédents : vous aurez une réponse complète de ma part aujourd'hui.",
        "- Autant de plastique dans l'emballage pour une marque qui se dit écoresponsable ? Dommage.",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] Sans remboursement d'ici vendredi, je fais une réclamation au titre de la garantie A à Z.",
        "-[@shopify,email,etsy,instagram,facebook] J'ai ouvert un litige PayPal. Je le fermerai quand le remboursement sera fait.",
        "- Je vais faire opposition auprès de ma banque et signaler votre boutique à la DGCCRF si rien n'est fait.",
    ],
    "praise": [
        "+[linen] Le linge de lit est magnifique, encore plus beau qu'en photo. Merci !",
        "+ Colis bien emballé et livré super vite, je recommande 👍",
        "+ Merci pour votre réactivité et le renvoi rapide, c'est rare !",
    ],
    "other": [
        "0[noorder][#influencer][@instagram,facebook,email] Je suis créatrice de contenu déco (30k abonnés). Seriez-vous intéressés par une collaboration ? || Merci beaucoup pour votre message ! Pourriez-vous nous envoyer votre media kit et quelques exemples de collaborations déco ? Notre équipe partenariats vous répondra sous une semaine.",
        "0 J'ai laissé un avis mais il n'apparaît pas. C'est normal ? || Merci d'avoir pris le temps de laisser un avis ! La plateforme vérifie les nouveaux avis avant de les publier, ce qui peut prendre jusqu'à 72 heures. Nous ne pouvons ni voir ni modifier les avis de notre côté.",
        "0[noorder][linen][@instagram,facebook,email,shopify,etsy] Avez-vous une boutique physique à Paris ? || Nous vendons uniquement en ligne, mais nous pouvons vous envoyer gratuitement des échantillons de tissu de tous nos coloris de lin. Il suffit de nous indiquer votre adresse.",
    ],
}

BUYER["it"] = {
    "where_is_my_order": [
        "0 Ho ordinato {days} giorni fa e non ho ancora ricevuto il numero di tracking. Dov'è il mio ordine {order}?",
        "- Ma il pacco dov'è?? Il tracciamento non si aggiorna da giorni",
        "0 Potete dirmi quando verrà spedito l'ordine {order}? Grazie mille",
    ],
    "delivery_delay": [
        "- La consegna era prevista per martedì, ma il pacco è fermo al centro di smistamento da una settimana.",
        "0 La data di consegna è stata rimandata già due volte. C'è qualche problema con la spedizione {tracking}?",
        "-[#gift] Ordinato {days} giorni fa e ancora niente. Era un regalo di compleanno, ormai è tardi.",
    ],
    "refund": [
        "0 Ho restituito l'articolo dieci giorni fa ma non ho ancora ricevuto il rimborso. Potete controllare?",
        "0 Vorrei il rimborso per l'ordine {order}, il prodotto non è come me lo aspettavo.",
        "- Mi avevate promesso il rimborso entro 48 ore, sono passati 9 giorni. Sto ancora aspettando.",
    ],
    "return_exchange": [
        "0[duvet] Posso cambiare il copripiumino con la misura più grande? Questo è troppo piccolo.",
        "0 Come faccio a fare il reso? Non trovo l'etichetta nel pacco. Ordine {order}",
        "0[mat] Vorrei restituire il tappetino yoga, è troppo sottile per me. Le spese di reso sono a mio carico?",
    ],
    "cancellation": [
        "0 Per favore annullate l'ordine {order}, ho sbagliato modello.",
        "0 Posso ancora annullare? Ho appena ordinato e ho scelto il colore sbagliato.",
        "- Annullate il mio ordine, i tempi di consegna sono troppo lunghi.",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] La tazza è arrivata rotta, la scatola era completamente schiacciata.",
        "-[desklamp] La lampada sfarfalla continuamente, anche alla massima luminosità. Per questo prezzo non è accettabile.",
        "0[notowel] Ho ricevuto un articolo sbagliato: avevo ordinato {item} e sono arrivati dei canovacci.",
    ],
    "address_change": [
        "0 Ho sbagliato il numero civico: è 18/B, non 81. Potete correggere l'ordine {order}?",
        "0 È possibile spedire al mio indirizzo di lavoro? Di giorno a casa non c'è nessuno.",
        "0 Ho appena cambiato casa, potete spedire al nuovo indirizzo (CAP {postcode})?",
    ],
    "payment_problem": [
        "- Mi avete addebitato due volte lo stesso ordine! Rimborsate subito il doppio addebito, grazie.",
        "0 La mia carta viene sempre rifiutata al pagamento. Posso pagare in un altro modo? || Ci dispiace! Di solito il rifiuto dipende dai controlli antifrode della banca sugli acquisti all'estero. Può autorizzare il pagamento dall'app della banca e riprovare, oppure pagare con PayPal o Apple Pay.",
        "0 Il pagamento risulta 'in sospeso' da due giorni. Devo fare qualcosa? || Grazie per averci scritto. La banca sta ancora verificando il pagamento, non deve fare nulla. Appena confermato, di solito entro 24 ore, l'ordine verrà spedito in giornata.",
    ],
    "invoice": [
        "0 Avrei bisogno della fattura per l'ordine {order}, intestata alla mia ditta con partita IVA.",
        "0 Potete emettere fattura a: Studio Ferri Design S.r.l., P.IVA 04512870963, via Torino 24, 20123 Milano? Grazie",
        "0 Dove posso scaricare la fattura del mio ordine?",
        "0 Per l'ordine {order} mi serve la fattura elettronica, il mio codice destinatario è M5UXCR1. Grazie.",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] La lampada è dimmerabile? Si può cambiare il colore della luce? || Sì, la lampada da scrivania LED Aurora ha 7 livelli di luminosità e 5 temperature di colore (da 2700 a 6500 K) e memorizza l'ultima impostazione usata.",
        "0[mug][noorder] Le tazze vanno in lavastoviglie? || Sì, le nostre tazze in gres sono adatte a lavastoviglie e microonde. Lo smalto è privo di piombo e cadmio.",
        "0[noorder] Spedite anche in Sardegna? Quanto ci vuole? || Sì, spediamo in tutta Italia, isole comprese. Per la Sardegna la consegna richiede in genere 4-6 giorni lavorativi, con numero di tracciamento.",
    ],
    "complaint": [
        "- Il colore dal vivo è completamente diverso dalle foto. Molto deludente.",
        "- Vi ho scritto due volte e nessuno mi ha risposto. Non è serio. || Ha perfettamente ragione e ci scusiamo. Ho preso in carico personalmente la sua pratica e letto i messaggi precedenti: riceverà oggi stesso una risposta completa.",
        "- Le istruzioni sono solo in inglese e cinese. Almeno in italiano, per favore! || Ha ragione, ci scusi! In allegato trova il manuale completo in italiano in PDF. Dalla prossima fornitura sarà incluso anche in versione stampata.",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] Se non ricevo il rimborso entro venerdì apro una richiesta di Garanzia dalla A alla Z.",
        "- Ho contestato l'addebito con la mia banca. Mi avete venduto un prodotto difettoso e ignorato i miei messaggi.",
        "- Mi rivolgerò ad Altroconsumo se la questione non viene risolta entro questa settimana.",
    ],
    "praise": [
        "+[duvet] Il copripiumino è bellissimo, ancora meglio che in foto. Grazie!",
        "+ Spedizione velocissima e imballaggio perfetto. Consigliatissimo 👌",
        "+ Grazie per la gentilezza e per aver sostituito subito l'articolo difettoso!",
    ],
    "other": [
        "0[noorder][#influencer][@instagram,facebook,email] Ciao! Sono una content creator di arredamento (25k follower). Vi interessa una collaborazione? || Grazie mille per averci scritto! Potresti mandarci il tuo media kit e qualche esempio di collaborazioni passate? Il nostro team partnership ti risponderà entro una settimana.",
        "0 Ho lasciato una recensione ma non si vede. È normale? || Grazie per aver lasciato una recensione! La piattaforma controlla le nuove recensioni prima di pubblicarle e possono volerci fino a 72 ore. Noi non possiamo vedere né modificare le recensioni.",
        "0[noorder][linen][@instagram,facebook,email,shopify,etsy] Avete un negozio fisico a Milano? || Vendiamo solo online, ma possiamo spedirti gratuitamente dei campioni di tessuto di tutti i colori del lino. Basta mandarci l'indirizzo.",
    ],
}

BUYER["es"] = {
    "where_is_my_order": [
        "0 Hice el pedido hace {days} días y todavía no tengo número de seguimiento. ¿Dónde está mi pedido {order}?",
        "- ¿Dónde está mi paquete??? El seguimiento no se actualiza desde hace días",
        "0 Buenas, ¿me pueden decir cuándo envían el pedido {order}? Gracias",
        "0[=delivered] El seguimiento dice que se entregó ayer pero no me ha llegado nada. Ni en el buzón ni con los vecinos. ¿Pueden revisarlo con {carrier}? || ¡Lo sentimos mucho! Hemos abierto una reclamación con {carrier} para el envío {tracking}. A veces el repartidor lo deja en una oficina o con un vecino y deja un aviso en el buzón. Si no aparece en 24 horas, te enviamos otro sin coste.",
    ],
    "delivery_delay": [
        "- La entrega estaba prevista para el martes y el paquete lleva una semana parado en el centro de clasificación.",
        "0 La fecha de entrega ya se ha retrasado dos veces. ¿Hay algún problema con el envío {tracking}?",
        "-[#gift] Pedí hace {days} días y nada. Era un regalo de cumpleaños, ya no llega a tiempo 😞",
    ],
    "refund": [
        "0 Devolví el artículo hace diez días y todavía no me han hecho el reembolso. ¿Pueden revisarlo?",
        "0 Quisiera el reembolso del pedido {order}, el producto no es lo que esperaba.",
        "- Me prometieron el reembolso en 48 horas y ya van 9 días. Sigo esperando.",
    ],
    "return_exchange": [
        "0[duvet] ¿Puedo cambiar la funda nórdica por la talla más grande? Esta se queda pequeña.",
        "0 ¿Cómo hago una devolución? No encuentro la etiqueta en el paquete. Pedido {order}",
        "0[mat] Quiero devolver la esterilla de yoga, es demasiado fina para mí. ¿Tengo que pagar yo el envío?",
    ],
    "cancellation": [
        "0 Por favor cancelen mi pedido {order}, me equivoqué de modelo.",
        "0 ¿Todavía puedo cancelar? Acabo de hacer el pedido y elegí el color equivocado.",
        "- Cancelen mi pedido, el plazo de entrega es demasiado largo.",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] La taza llegó rota, la caja venía completamente aplastada.",
        "-[desklamp] La lámpara parpadea todo el rato, incluso al máximo. Por este precio no es aceptable.",
        "0[notowel] Me ha llegado un artículo equivocado: pedí {item} y me han enviado unos paños de cocina.",
    ],
    "address_change": [
        "0 Me equivoqué en el número del piso: es 3º B, no 3º D. ¿Pueden corregir el pedido {order}?",
        "0 ¿Se puede enviar a la dirección de mi trabajo? En casa no hay nadie durante el día.",
        "0 Me acabo de mudar, ¿pueden mandar el pedido a la nueva dirección (código postal {postcode})?",
    ],
    "payment_problem": [
        "- ¡Me han cobrado dos veces el mismo pedido! Devuélvanme el cargo duplicado, por favor.",
        "0 Mi tarjeta siempre es rechazada al pagar. ¿Puedo pagar de otra forma? || ¡Perdona las molestias! El rechazo suele venir del control antifraude de tu banco para compras internacionales. Puedes autorizar el pago en la app de tu banco y volver a intentarlo, o pagar con PayPal o Apple Pay.",
        "0 El pago aparece como 'pendiente' desde hace dos días. ¿Tengo que hacer algo? || Gracias por escribirnos. Tu banco todavía está verificando el pago, no tienes que hacer nada. En cuanto se confirme, normalmente en 24 horas, el pedido sale ese mismo día.",
    ],
    "invoice": [
        "0[@amazon-es,shopify,etsy,email,facebook,instagram] ¿Me pueden enviar la factura del pedido {order} con el IVA desglosado? Es para mi empresa.",
        "0[@amazon-es,shopify,etsy,email] Necesito la factura a nombre de mi empresa: Estudio Navarro S.L., CIF B86473925. Gracias.",
        "0 ¿Dónde puedo descargar la factura de mi pedido?",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] ¿La lámpara se puede regular? ¿Y se puede cambiar el color de la luz? || Sí, la lámpara de escritorio LED Aurora tiene 7 niveles de brillo y 5 temperaturas de color (de 2700 a 6500 K), y recuerda el último ajuste que usaste.",
        "0[mug][noorder] ¿Las tazas se pueden meter en el lavavajillas? || Sí, nuestras tazas de gres son aptas para lavavajillas y microondas. El esmalte no contiene plomo ni cadmio.",
        "0[noorder][@shopify,instagram,facebook,email,etsy,tiktok] ¿Hacen envíos a México? ¿Cuánto tarda? || Sí, enviamos a México. La entrega estándar tarda unos 7-10 días hábiles e incluye número de seguimiento. Los impuestos de importación se cobran al pagar, así que no tendrás que pagar nada al recibirlo.",
        "0[adapter][noorder] ¿El adaptador de viaje sirve para Estados Unidos y Japón? || Sí, el adaptador funciona en más de 150 países, incluidos Estados Unidos y Japón. Ten en cuenta que es un adaptador y no un convertidor de voltaje: sirve para cargadores y portátiles, pero no para secadores de pelo.",
    ],
    "complaint": [
        "- El color en persona no tiene nada que ver con las fotos. Muy decepcionante.",
        "- Les he escrito dos veces y nadie contesta. Qué poca seriedad. || Tienes toda la razón y te pedimos disculpas. He asumido tu caso personalmente y he leído tus mensajes anteriores; hoy mismo tendrás una respuesta completa.",
        "- Tanto plástico en el embalaje para una marca que se dice sostenible... no me cuadra.",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] Si no recibo el reembolso antes del viernes, abro una reclamación de la Garantía de la A a la Z.",
        "- Voy a reclamar el cargo a mi banco. Me vendieron un producto defectuoso y no contestan mis mensajes.",
        "- Si esto no se soluciona esta semana pondré una reclamación en consumo y dejaré una reseña de una estrella.",
    ],
    "praise": [
        "+[duvet] ¡La funda nórdica es preciosa, aún más bonita que en las fotos! Gracias 😍",
        "+ Llegó rapidísimo y muy bien embalado. Repetiré seguro.",
        "+ Mil gracias por mandar el repuesto tan rápido, así da gusto.",
    ],
    "other": [
        "0[noorder][#influencer][@instagram,facebook,tiktok,email] ¡Hola! Soy creadora de contenido de decoración (40 mil seguidores). ¿Les interesaría una colaboración? || ¡Muchas gracias por escribirnos! ¿Podrías enviarnos tu media kit y algunos ejemplos de colaboraciones anteriores? Nuestro equipo de colaboraciones te responderá en el plazo de una semana.",
        "0 Dejé una reseña pero no aparece. ¿Es normal? || ¡Gracias por dejar tu reseña! La plataforma revisa las reseñas nuevas antes de publicarlas y puede tardar hasta 72 horas. Nosotros no podemos ver ni modificar las reseñas.",
        "0[noorder][@shopify,email,facebook,instagram] ¿Me pueden quitar de la lista de correos? Me llegan demasiados emails. || Hecho: te hemos dado de baja de nuestra lista de correo. Puede que recibas un último mensaje que ya estaba programado, pero ninguno más. ¡Perdona las molestias!",
    ],
}

BUYER["ja"] = {
    "where_is_my_order": [
        "0 {days}日前に注文しましたが、まだ発送のお知らせが届いていません。注文番号{order}の状況を教えていただけますか。",
        "0 注文した商品はいつ頃発送されますか？",
        "- まだ届きません。追跡番号も反映されていないのですが、本当に発送されていますか？",
        "0[=delivered] 配達完了になっていますが、受け取っていません。宅配ボックスにもありませんでした。{carrier}に確認していただけますか。 || ご不便をおかけし申し訳ございません。{carrier}にお問い合わせ番号{tracking}の配達状況の調査を依頼いたしました。24時間以内に見つからない場合は、無償にて再送いたします。",
    ],
    "delivery_delay": [
        "- お届け予定日を3日過ぎていますが、まだ届いていません。どうなっていますか？",
        "0 追跡番号{tracking}で確認すると、1週間ほど「輸送中」のままです。確認をお願いできますでしょうか。",
        "-[#gift] {days}日も経つのに届かないのはさすがに遅すぎます。プレゼント用だったのですが…",
    ],
    "refund": [
        "0 返品した商品はそちらに届いていると思いますが、まだ返金されていません。ご確認をお願いします。",
        "0 注文番号{order}について、返金をお願いしたいです。イメージと違ったため、未使用です。",
        "- 返金すると言われてから10日経ちますが、まだ反映されていません。いつになりますか？",
    ],
    "return_exchange": [
        "0[duvet] 掛け布団カバーのサイズを間違えてしまいました。大きいサイズに交換していただくことは可能でしょうか。",
        "0 返品の方法を教えてください。同梱の書類に返品用の案内が見当たりませんでした。注文番号{order}",
        "0[mat] ヨガマットが思ったより薄かったので返品したいです。返送料はこちら負担でしょうか？",
    ],
    "cancellation": [
        "0 注文番号{order}をキャンセルしたいです。色を間違えて注文してしまいました。",
        "0 先ほど注文したばかりですが、まだキャンセルできますか？",
        "- 発送がこれ以上遅れるならキャンセルしてください。",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] マグカップが割れた状態で届きました。箱も潰れていました。",
        "-[desklamp] ライトが常にチカチカしていて、使い物になりません。",
        "0[notowel] 注文した商品と違うものが届きました。{item}を注文したのですが、ふきんが入っていました。",
        "0[LL-STD-01] スマホスタンドのゴム足と六角レンチが入っていませんでした。送っていただけますか。",
    ],
    "address_change": [
        "0 お届け先の部屋番号を間違えてしまいました。正しくは302号室です。注文番号{order}の住所を修正していただけますか。",
        "0 配送先を勤務先に変更することはできますか？日中は不在のため。",
        "0 引っ越したので、新しい住所（〒{postcode}）に送っていただくことは可能でしょうか。",
    ],
    "payment_problem": [
        "- 同じ注文で2回請求されています！至急返金してください。",
        "0[@amazon] コンビニ払いを選んだのですが、お支払い番号の期限が切れてしまいました。どうすればいいですか？ || ご連絡ありがとうございます。お支払い期限が過ぎたご注文は自動的にキャンセルされるため、お手数ですが再度ご注文いただけますでしょうか。在庫は確保しておりますので、ご安心ください。",
        "0 クレジットカードが何度やっても通りません。他の支払い方法はありますか？ || ご不便をおかけし申し訳ございません。カード会社の不正利用防止の確認により決済が保留される場合がございます。お手数ですが、カード会社へご確認いただくか、コンビニ払い・代金引換など別のお支払い方法をご利用ください。",
    ],
    "invoice": [
        "0 会社の経費で購入したため、注文番号{order}の領収書を発行していただけますか。宛名は「株式会社ミドリ企画」でお願いします。",
        "0 適格請求書（インボイス）の発行は可能でしょうか。登録番号の記載が必要です。",
        "0 領収書の宛名を変更したいのですが、可能ですか？",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] このデスクライトは調光・調色できますか？ || はい、Auroraデスクライトは明るさ7段階・色温度5段階（2700K〜6500K）の調整が可能で、前回の設定を記憶します。",
        "0[mug][noorder] マグカップは食洗機と電子レンジに対応していますか？ || はい、食洗機・電子レンジのどちらにも対応しております。釉薬には鉛・カドミウムは含まれておりません。",
        "0[adapter][noorder] この変換プラグは海外旅行でヨーロッパでも使えますか？ || はい、ヨーロッパを含む150か国以上でご使用いただけます。ただし変圧機能はございませんので、ドライヤーなど日本専用の電化製品にはご使用いただけません。スマートフォンやノートPCの充電器は問題なくお使いいただけます。",
    ],
    "complaint": [
        "- 写真と実物の色がかなり違います。がっかりしました。",
        "- 2回問い合わせましたが、返信がありません。対応が遅すぎます。 || ご返信が遅くなり、誠に申し訳ございません。以降は私が責任を持って担当させていただきます。これまでのお問い合わせ内容を確認のうえ、本日中に改めてご連絡いたします。",
        "- 説明書が英語と中国語だけで、日本語がありません。日本で販売するなら日本語は必要だと思います。 || ご不便をおかけし申し訳ございません。日本語の取扱説明書（PDF）を添付いたしましたので、ご確認ください。次回入荷分より日本語の説明書を同梱いたします。",
    ],
    "chargeback_or_legal": [
        "-[@amazon][#a-to-z-risk] 金曜日までに返金されない場合は、Amazonマーケットプレイス保証を申請します。",
        "- カード会社に連絡して支払いを取り消してもらいます。不良品を送っておいて連絡もないのはおかしいです。",
        "- 消費生活センターに相談するつもりです。きちんと対応してください。",
    ],
    "praise": [
        "+[desklamp] デスクライト、とても使いやすいです。目が疲れにくくなりました。ありがとうございました。",
        "+ 丁寧な梱包で、すぐに届きました。また利用します😊",
        "+ 交換品を迅速に送っていただき、ありがとうございました。大変助かりました。",
    ],
    "other": [
        "0[@amazon] レビューを書いたのですが表示されません。なぜでしょうか？ || レビューをご投稿いただき、誠にありがとうございます。新しいレビューはAmazon側で確認された後に掲載されるため、最大72時間ほどかかる場合がございます。恐れ入りますが、出品者側ではレビューの確認や編集ができません。",
        "0[=paid][@amazon,email] 同じ商品をもう1つ追加で購入したいのですが、同梱していただけますか？ || 恐れ入りますが、ご注文確定後の商品追加はできかねます。2時間以内に追加でご注文いただければ、可能な限り同梱にて発送いたします。",
        "0[noorder][@instagram,email,facebook] インスタで紹介させていただきたいのですが、商品画像をお借りしてもよろしいでしょうか？ || ご連絡いただきありがとうございます！ぜひご紹介ください。投稿の際は @lumenandloom をタグ付けしていただけますと嬉しいです。",
    ],
}

BUYER["zh"] = {
    "where_is_my_order": [
        "0 你好，我{days}天前下的单，到现在还没有物流信息。订单号{order}，请帮我查一下。",
        "0 在吗？我的货发了没有？",
        "- 怎么还没发货？？都好几天了",
        "0[=delivered] 物流显示已签收，但是我根本没收到，保安那里也没有。麻烦帮忙跟{carrier}确认一下。 || 非常抱歉！我们已经向{carrier}提交了单号{tracking}的查件申请，有时包裹会被放在快递柜或驿站。如果24小时内还找不到，我们会免费为您补发。",
    ],
    "delivery_delay": [
        "- 预计送达时间已经过了三天了，还是没到，到底怎么回事？",
        "0 你好，单号{tracking}的物流一个星期都没更新了，可以帮忙催一下吗？",
        "-[#gift] 买了{days}天还没到，太慢了吧。本来是送朋友的生日礼物。",
    ],
    "refund": [
        "0 你好，退货已经寄回去一个多星期了，退款还没收到，麻烦查一下。",
        "0 订单{order}我想申请退款，东西和图片差太多了。",
        "- 说好48小时内退款，现在都9天了，钱呢？",
    ],
    "return_exchange": [
        "0[duvet] 你好，被套尺寸买小了，可以换大一号的吗？",
        "0 怎么退货？包裹里没有退货单。订单号{order}",
        "0[mat] 瑜伽垫太薄了，我想退掉。退货运费要我自己付吗？",
    ],
    "cancellation": [
        "0 麻烦帮我取消订单{order}，拍错颜色了。",
        "0 刚下的单，还能取消吗？",
        "- 再不发货就给我取消吧，等太久了。",
    ],
    "damaged_or_wrong_item": [
        "-[mug][#fragile] 杯子收到的时候已经碎了，箱子都压扁了。",
        "-[desklamp] 台灯一直闪，开到最亮也闪，这质量也太差了。",
        "0[notowel] 你好，发错货了。我买的是{item}，收到的是几条擦碗布。",
    ],
    "address_change": [
        "0 地址写错了，门牌号应该是#08-12，不是#08-21。订单{order}可以改吗？",
        "0 可以改寄到我公司地址吗？白天家里没人。",
        "0 我搬家了，能寄到新地址吗？邮编{postcode}。",
    ],
    "payment_problem": [
        "- 同一个订单扣了我两次钱！请马上退回多扣的钱。",
        "0 付款一直失败，信用卡在别的地方都能用。还有别的付款方式吗？ || 抱歉给您带来不便！这通常是发卡银行对境外交易的风控拦截。您可以在银行App里确认后再试一次，或者改用PayPal、Apple Pay付款。",
        "0 订单一直显示待付款，可是我已经付了，怎么办？ || 您好，银行还在确认这笔付款，您不需要做任何操作。一般24小时内确认，确认后当天就会发货。",
    ],
    "invoice": [
        "0 你好，请帮忙开一张订单{order}的发票，公司报销要用。",
        "0 发票抬头写公司名：明德贸易私人有限公司，可以吗？",
        "0 请问在哪里可以下载发票？",
    ],
    "pre_sales_question": [
        "0[desklamp][noorder] 这个台灯可以调光吗？色温能调吗？ || 可以的，Aurora LED 台灯有7档亮度、5档色温（2700K-6500K），还会记住上次使用的设置。",
        "0[mug][noorder] 杯子可以放洗碗机和微波炉吗？ || 可以的，我们的炻瓷杯可放洗碗机和微波炉，釉料不含铅和镉。",
        "0[noorder][@shopee-sg,facebook,instagram,email,shopify] 请问寄到新加坡要多久？有现货吗？ || 有现货的，新加坡一般3-5个工作日送达，发货后会提供物流单号。",
        "0[adapter][noorder] 这个转换插头在英国和日本能用吗？ || 可以用的，支持150多个国家和地区，包括英国和日本。注意它只是转换插头，不能变压，手机和笔记本充电器没问题，吹风机不建议使用。",
    ],
    "complaint": [
        "- 实物颜色和图片差很多，很失望。",
        "- 发了两次消息都没人回，客服在吗？ || 非常抱歉回复晚了！您的问题现在由我负责跟进，之前的消息我都看过了，今天之内一定给您完整答复。",
        "- 说明书只有英文和德文，能不能给个中文版？ || 不好意思！中文版说明书的PDF已经发给您了，请查收。下一批货会附上中文纸质说明书。",
    ],
    "chargeback_or_legal": [
        "- 再不处理我就向平台投诉，顺便给差评。",
        "- 我已经联系银行拒付了，你们卖次品还不回消息。",
        "- 我会向消费者协会投诉，请尽快给我一个说法。",
    ],
    "praise": [
        "+[desklamp] 台灯很好用，晚上看书眼睛不累了，谢谢！",
        "+ 包装很用心，发货也很快，五星好评⭐⭐⭐⭐⭐",
        "+ 谢谢客服这么快帮我换货，服务很好👍",
    ],
    "other": [
        "0[noorder][@shopee,facebook,instagram,tiktok] 在吗 || 您好，在的！请问有什么可以帮您？",
        "0[noorder][mug][#wholesale][@email,facebook,shopee-my,shopify] 我们是马来西亚的家居店，想批发一些马克杯和台灯，有批发价吗？ || 感谢您的询价！我们单款24件起可享批发价，马克杯和台灯都有现货，我们会把批发价目表和交期发给您参考。",
        "0 我留了评价但是没显示，是怎么回事？ || 感谢您的评价！新评价需要平台审核后才会显示，一般最多需要72小时。我们这边无法查看或修改评价。",
    ],
}

# ---------------------------------------------------------------------------------------------
# Generic agent replies per language and intent (specific answers live in the buyer entries).
# German bodies start lower-case because they follow "Hallo Frau X," (capitalised when no greeting).
# Slots: {order} {item} {tracking} {carrier} {amount}
# ---------------------------------------------------------------------------------------------
REPLY = {
    "en": {
        "where_is_my_order": [
            "Thanks for your message. Your order {order} has left our warehouse and is with {carrier}; the tracking number is {tracking}. According to the carrier it should reach you within the next 2-3 business days. If it hasn't arrived by then, just reply here and we'll chase it for you.",
            "Sorry for the wait! I've checked order {order}: it shipped with {carrier} (tracking {tracking}) and is in transit. Tracking sometimes pauses for a day between sorting centres, so please don't worry. I'll keep an eye on it as well.",
        ],
        "delivery_delay": [
            "I'm sorry your parcel is taking so long. I've opened a trace with {carrier} for tracking {tracking}. If there's no movement within 3 business days, we'll send a replacement free of charge or refund you in full, whichever you prefer.",
            "Thank you for your patience, and apologies for the delay. {carrier} has confirmed a backlog at their sorting centre and your parcel should move again within 48 hours. I'll check the tracking again on Thursday and update you either way.",
        ],
        "refund": [
            "I've just processed a full refund of {amount} for order {order}. Depending on your bank, it should appear on your statement within 3-5 business days. Sorry again for the inconvenience.",
            "Thanks for your patience. Your return has reached our warehouse and I've issued the refund of {amount} today. You'll see it on your original payment method within a few business days.",
        ],
        "return_exchange": [
            "No problem at all. You can return the {item} within 30 days. I've requested a prepaid return label for you, which you'll receive in a separate message shortly. Once the parcel is scanned by the carrier, we'll send out the exchange right away.",
            "Of course! Please pack the {item} in its original packaging if you still have it (not required) and use the return label we'll send you. As soon as the parcel is on its way back, we'll ship the replacement so you don't have to wait.",
        ],
        "cancellation": [
            "Done: order {order} has been cancelled before it left our warehouse. You won't be charged; if a payment was already taken, it will be released automatically within 3-5 business days.",
            "I've cancelled order {order} as requested, and the refund of {amount} has been issued to your original payment method. Let us know if we can help you find the right item instead.",
        ],
        "damaged_or_wrong_item": [
            "I'm really sorry the {item} arrived like this. We'll send you a replacement today at no cost, and there's no need to send anything back. I'll send you the new tracking number as soon as it's available.",
            "Thank you for letting us know, and sorry for the trouble. Could you send us a photo of the item and the outer box? That helps us raise it with the carrier. In the meantime I've already reserved a replacement for you.",
        ],
        "address_change": [
            "Thanks for letting us know in time. I've updated the delivery address on order {order}, and it will ship to the corrected address.",
            "No problem. Your order hasn't left the warehouse yet, so I've changed the shipping address. You'll get the tracking number once it's dispatched.",
        ],
        "payment_problem": [
            "I'm sorry about that. I've checked order {order}: the second charge is only a pending authorisation, not a completed payment. It will drop off your statement automatically within 3-5 business days. If it's still there after that, let us know and we'll refund it straight away.",
            "Thanks for reaching out. I can see your payment has now gone through and order {order} is confirmed. It will ship within 1-2 business days and you'll receive the tracking number as soon as it does.",
        ],
        "invoice": [
            "Of course. I've attached the invoice for order {order} with VAT shown separately. If you need a different company name or address on it, just let us know.",
            "Thanks for your message. The VAT invoice for order {order} has been uploaded and is now available in your order details. Let us know if anything needs correcting.",
        ],
        "pre_sales_question": [
            "Thanks for your question! The {item} is in stock and ships within 1-2 business days. Let us know if there's anything else you'd like to know before ordering.",
        ],
        "complaint": [
            "Thank you for your honest feedback, and I'm sorry we didn't meet your expectations. I've passed your comments on to our product team. We'd like to offer you a partial refund of 20%, or a full refund if you'd rather return the {item}.",
            "I'm sorry about this experience; it's not the standard we want to offer. I've shared your feedback with the team. Please let us know how you'd like us to make it right: a replacement, a partial refund or a return.",
        ],
        "chargeback_or_legal": [
            "I'm sorry this has escalated, and I'd like to fix it right away. I've issued a full refund of {amount} for order {order} today; you'll see it within 3-5 business days. Please let us know if there's anything else we can do.",
            "I completely understand your frustration, and I apologise for our slow reply. We've reviewed your order and issued a full refund of {amount}. You don't need to return anything. We hope this resolves the matter.",
        ],
        "praise": [
            "Thank you so much for your kind words! It really made our day. Enjoy your {item}, and don't hesitate to reach out if you ever need anything.",
            "That's wonderful to hear, thank you for taking the time to write! We'll share your message with the whole team.",
        ],
        "other": [
            "Thanks for getting in touch! I've passed this on to the right person on our team and we'll get back to you within one business day.",
        ],
    },
    "de": {
        "where_is_my_order": ["vielen Dank für Ihre Nachricht. Ihre Bestellung {order} wurde an {carrier} übergeben, die Sendungsnummer lautet {tracking}. Laut Sendungsverfolgung sollte das Paket in den nächsten 1-3 Werktagen bei Ihnen sein. Falls nicht, melden Sie sich gern noch einmal, dann kümmern wir uns sofort darum."],
        "delivery_delay": ["es tut uns leid, dass die Lieferung so lange dauert. Wir haben bei {carrier} einen Nachforschungsauftrag zur Sendung {tracking} gestellt. Bewegt sich die Sendung in den nächsten 3 Werktagen nicht, schicken wir Ihnen kostenlos Ersatz oder erstatten den vollen Betrag, ganz wie Sie möchten."],
        "refund": ["wir haben soeben die Erstattung über {amount} für die Bestellung {order} veranlasst. Je nach Bank ist der Betrag in 3-5 Werktagen auf Ihrem Konto. Entschuldigen Sie bitte die Unannehmlichkeiten."],
        "return_exchange": ["kein Problem, Sie können den Artikel innerhalb von 30 Tagen zurücksenden. Ein kostenloses Rücksendeetikett erhalten Sie gleich in einer separaten Nachricht. Sobald das Paket unterwegs ist, schicken wir den Umtauschartikel los."],
        "cancellation": ["Ihre Bestellung {order} wurde storniert, bevor sie unser Lager verlassen hat. Eine bereits erfolgte Zahlung wird automatisch innerhalb von 3-5 Werktagen zurückgebucht."],
        "damaged_or_wrong_item": ["das tut uns wirklich leid! Wir schicken Ihnen noch heute kostenlos Ersatz, den erhaltenen Artikel müssen Sie nicht zurücksenden. Die neue Sendungsnummer erhalten Sie, sobald das Paket unterwegs ist."],
        "address_change": ["danke für den rechtzeitigen Hinweis. Wir haben die Lieferadresse der Bestellung {order} angepasst, das Paket geht an die korrigierte Adresse."],
        "payment_problem": ["das tut uns leid. Wir haben die Bestellung {order} geprüft: Bei der zweiten Buchung handelt es sich nur um eine Vormerkung, nicht um eine tatsächliche Abbuchung. Sie verschwindet innerhalb von 3-5 Werktagen automatisch. Sollte sie danach noch da sein, erstatten wir den Betrag sofort."],
        "invoice": ["anbei erhalten Sie die Rechnung zur Bestellung {order} mit ausgewiesener Mehrwertsteuer. Falls Sie eine andere Firmenbezeichnung oder Adresse benötigen, geben Sie uns bitte kurz Bescheid."],
        "pre_sales_question": ["vielen Dank für Ihre Frage! Der Artikel ist auf Lager und wird innerhalb von 1-2 Werktagen verschickt."],
        "complaint": ["vielen Dank für Ihr offenes Feedback, und es tut uns leid, dass wir Ihre Erwartungen nicht erfüllt haben. Wir haben Ihre Anmerkungen an unser Produktteam weitergegeben. Gern bieten wir Ihnen eine Teilerstattung von 20 % an, oder die volle Erstattung, wenn Sie den Artikel zurücksenden möchten."],
        "chargeback_or_legal": ["es tut uns leid, dass es so weit gekommen ist. Wir haben heute die volle Erstattung über {amount} für die Bestellung {order} veranlasst; Sie müssen nichts zurückschicken. Wir hoffen, die Angelegenheit ist damit für Sie erledigt."],
        "praise": ["vielen herzlichen Dank für Ihre freundlichen Worte, darüber freut sich das ganze Team! Viel Freude mit Ihrem Einkauf."],
        "other": ["vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an die zuständige Kollegin weitergeleitet und melden uns innerhalb eines Werktags bei Ihnen."],
    },
    "fr": {
        "where_is_my_order": ["Merci pour votre message. Votre commande {order} a été remise à {carrier} ; le numéro de suivi est {tracking}. Selon le transporteur, le colis devrait vous parvenir d'ici 2 à 3 jours ouvrés. S'il n'est pas arrivé d'ici là, répondez simplement à ce message et nous nous en occupons."],
        "delivery_delay": ["Nous sommes désolés pour ce retard. Nous avons ouvert une enquête auprès de {carrier} pour le colis {tracking}. Sans mouvement sous 3 jours ouvrés, nous vous renverrons l'article gratuitement ou vous rembourserons intégralement, selon votre préférence."],
        "refund": ["Nous venons de procéder au remboursement de {amount} pour la commande {order}. Selon votre banque, il apparaîtra sur votre compte sous 3 à 5 jours ouvrés. Toutes nos excuses pour la gêne occasionnée."],
        "return_exchange": ["Aucun problème, vous pouvez nous retourner l'article sous 30 jours. Vous allez recevoir une étiquette de retour prépayée dans un message séparé. Dès que le colis sera pris en charge, nous vous enverrons l'article en échange."],
        "cancellation": ["Votre commande {order} a bien été annulée avant son expédition. Si un paiement a déjà été prélevé, il vous sera restitué automatiquement sous 3 à 5 jours ouvrés."],
        "damaged_or_wrong_item": ["Nous sommes vraiment désolés que l'article soit arrivé dans cet état. Nous vous envoyons un remplacement dès aujourd'hui, sans frais, et inutile de nous retourner l'article reçu. Nous vous communiquerons le nouveau numéro de suivi dès que possible."],
        "address_change": ["Merci de nous avoir prévenus à temps. Nous avons mis à jour l'adresse de livraison de la commande {order} ; le colis partira à la bonne adresse."],
        "payment_problem": ["Nous sommes désolés pour ce désagrément. Après vérification de la commande {order}, le second montant correspond à une simple pré-autorisation et non à un débit. Il disparaîtra automatiquement de votre relevé sous 3 à 5 jours ouvrés. Si ce n'est pas le cas, nous vous rembourserons immédiatement."],
        "invoice": ["Vous trouverez ci-joint la facture de la commande {order}, avec la TVA détaillée. Si vous avez besoin d'une autre raison sociale ou d'une autre adresse, n'hésitez pas à nous le dire."],
        "pre_sales_question": ["Merci pour votre question ! L'article est en stock et expédié sous 1 à 2 jours ouvrés."],
        "complaint": ["Merci pour votre retour sincère, et toutes nos excuses de ne pas avoir répondu à vos attentes. Nous avons transmis vos remarques à notre équipe produit. Nous vous proposons un remboursement partiel de 20 %, ou un remboursement complet si vous préférez retourner l'article."],
        "chargeback_or_legal": ["Nous regrettons sincèrement que la situation en soit arrivée là. Nous avons procédé aujourd'hui au remboursement intégral de {amount} pour la commande {order} ; vous n'avez rien à renvoyer. Nous espérons que cela règle la question."],
        "praise": ["Merci infiniment pour votre gentil message, toute l'équipe en est ravie ! Profitez bien de votre achat."],
        "other": ["Merci pour votre message. Nous avons transmis votre demande à la personne concernée et reviendrons vers vous sous un jour ouvré."],
    },
    "it": {
        "where_is_my_order": ["Grazie per il messaggio. Il suo ordine {order} è stato affidato a {carrier}, il numero di tracciamento è {tracking}. Secondo il corriere, il pacco dovrebbe arrivare entro 2-3 giorni lavorativi. Se così non fosse, ci risponda pure e ce ne occuperemo subito."],
        "delivery_delay": ["Ci dispiace molto per il ritardo. Abbiamo aperto una richiesta di verifica con {carrier} per la spedizione {tracking}. Se il pacco non si muove entro 3 giorni lavorativi, le invieremo un nuovo articolo gratuitamente oppure la rimborseremo per intero, come preferisce."],
        "refund": ["Abbiamo appena effettuato il rimborso di {amount} per l'ordine {order}. A seconda della banca, l'importo sarà visibile entro 3-5 giorni lavorativi. Ci scusiamo per il disagio."],
        "return_exchange": ["Nessun problema, può restituire l'articolo entro 30 giorni. Riceverà a breve un'etichetta di reso prepagata in un messaggio separato. Appena il pacco sarà in viaggio, le spediremo l'articolo in cambio."],
        "cancellation": ["L'ordine {order} è stato annullato prima della spedizione. Se il pagamento era già stato addebitato, verrà restituito automaticamente entro 3-5 giorni lavorativi."],
        "damaged_or_wrong_item": ["Ci dispiace davvero che l'articolo sia arrivato in queste condizioni. Le spediamo oggi stesso un articolo sostitutivo senza alcun costo, e non occorre restituire quello ricevuto. Le invieremo il nuovo numero di tracciamento appena disponibile."],
        "address_change": ["Grazie per averci avvisato in tempo. Abbiamo aggiornato l'indirizzo di consegna dell'ordine {order}: il pacco partirà verso l'indirizzo corretto."],
        "payment_problem": ["Ci scusiamo per l'inconveniente. Abbiamo verificato l'ordine {order}: il secondo importo è solo una preautorizzazione, non un addebito effettivo, e sparirà automaticamente dall'estratto conto entro 3-5 giorni lavorativi. In caso contrario, la rimborseremo subito."],
        "invoice": ["In allegato trova la fattura dell'ordine {order} con l'IVA indicata separatamente. Se le servono dati di intestazione diversi, ce lo faccia sapere."],
        "pre_sales_question": ["Grazie per la domanda! L'articolo è disponibile e viene spedito entro 1-2 giorni lavorativi."],
        "complaint": ["Grazie per il suo riscontro sincero e ci scusiamo per non essere stati all'altezza delle sue aspettative. Abbiamo girato le sue osservazioni al nostro team prodotto. Le proponiamo un rimborso parziale del 20%, oppure il rimborso completo se preferisce restituire l'articolo."],
        "chargeback_or_legal": ["Ci dispiace sinceramente che la situazione sia arrivata a questo punto. Oggi abbiamo emesso il rimborso completo di {amount} per l'ordine {order}; non deve restituire nulla. Speriamo che questo risolva la questione."],
        "praise": ["Grazie di cuore per le sue belle parole, tutto il team ne è felicissimo! Si goda il suo acquisto."],
        "other": ["Grazie per il messaggio. Abbiamo inoltrato la sua richiesta al collega di competenza e le risponderemo entro un giorno lavorativo."],
    },
    "es": {
        "where_is_my_order": ["Gracias por tu mensaje. Tu pedido {order} ya está en manos de {carrier}; el número de seguimiento es {tracking}. Según el transportista, debería llegarte en 2-3 días hábiles. Si no es así, responde a este mensaje y lo revisamos enseguida."],
        "delivery_delay": ["Sentimos mucho el retraso. Hemos abierto una incidencia con {carrier} para el envío {tracking}. Si el paquete no se mueve en 3 días hábiles, te enviamos uno nuevo sin coste o te devolvemos el importe completo, lo que prefieras."],
        "refund": ["Acabamos de tramitar el reembolso de {amount} del pedido {order}. Según tu banco, lo verás en tu cuenta en 3-5 días hábiles. Disculpa las molestias."],
        "return_exchange": ["¡Sin problema! Puedes devolver el artículo en un plazo de 30 días. En un mensaje aparte te llegará una etiqueta de devolución prepagada. En cuanto el paquete esté en camino, te enviamos el cambio."],
        "cancellation": ["Hemos cancelado tu pedido {order} antes de que saliera del almacén. Si ya se había realizado el cobro, se te devolverá automáticamente en 3-5 días hábiles."],
        "damaged_or_wrong_item": ["Sentimos muchísimo que el artículo llegara así. Hoy mismo te enviamos uno nuevo sin coste y no hace falta que nos devuelvas nada. Te pasaremos el nuevo número de seguimiento en cuanto lo tengamos."],
        "address_change": ["Gracias por avisarnos a tiempo. Hemos actualizado la dirección de entrega del pedido {order}; el paquete saldrá hacia la dirección correcta."],
        "payment_problem": ["Lamentamos las molestias. Hemos revisado el pedido {order}: el segundo cargo es solo una preautorización, no un cobro real, y desaparecerá de tu extracto en 3-5 días hábiles. Si después sigue apareciendo, te lo devolvemos de inmediato."],
        "invoice": ["Te adjuntamos la factura del pedido {order} con el IVA desglosado. Si necesitas otros datos fiscales, dínoslo y la corregimos."],
        "pre_sales_question": ["¡Gracias por tu pregunta! El artículo está en stock y se envía en 1-2 días hábiles."],
        "complaint": ["Gracias por tu opinión sincera y perdona que no hayamos estado a la altura. Hemos trasladado tus comentarios a nuestro equipo de producto. Te ofrecemos un reembolso parcial del 20 %, o el reembolso completo si prefieres devolver el artículo."],
        "chargeback_or_legal": ["Lamentamos de verdad que se haya llegado a este punto. Hoy hemos emitido el reembolso completo de {amount} del pedido {order}; no tienes que devolver nada. Esperamos que con esto quede resuelto."],
        "praise": ["¡Muchísimas gracias por tus palabras! Nos has alegrado el día a todo el equipo. Que disfrutes mucho de tu compra."],
        "other": ["Gracias por tu mensaje. Hemos pasado tu consulta a la persona encargada y te responderemos en un día hábil."],
    },
    "ja": {
        "where_is_my_order": ["ご注文{order}の商品は{carrier}にてお届け中で、お問い合わせ番号は{tracking}です。配送業者によりますと、2〜3日以内にお届けの予定です。万が一届かない場合は、本メッセージにご返信いただければすぐに確認いたします。"],
        "delivery_delay": ["お届けが遅れており、大変申し訳ございません。{carrier}にお問い合わせ番号{tracking}の調査を依頼いたしました。3営業日以内に動きがない場合は、無償での再送、または全額返金にて対応させていただきます。"],
        "refund": ["ご注文{order}につきまして、{amount}の返金手続きを完了いたしました。ご利用のカード会社により、反映まで3〜5営業日ほどかかる場合がございます。ご迷惑をおかけし申し訳ございません。"],
        "return_exchange": ["承知いたしました。商品到着後30日以内であれば返品・交換を承っております。返品用の着払い伝票を別途お送りいたしますので、ご確認ください。商品の発送を確認次第、交換品をお送りいたします。"],
        "cancellation": ["ご注文{order}は発送前にキャンセルいたしました。既にお支払いが完了している場合は、3〜5営業日以内に自動的に返金されます。"],
        "damaged_or_wrong_item": ["この度はご不便をおかけし、誠に申し訳ございません。本日中に代替品を無償にて発送いたします。お手元の商品のご返送は不要です。新しいお問い合わせ番号は、発送後にご連絡いたします。"],
        "address_change": ["ご連絡いただきありがとうございます。ご注文{order}のお届け先を修正いたしました。修正後のご住所へ発送いたします。"],
        "payment_problem": ["ご迷惑をおかけし申し訳ございません。ご注文{order}を確認いたしましたところ、2件目は与信枠の確保のみで、実際の請求ではございません。3〜5営業日以内に自動的に取り消されます。それ以降も残っている場合は、すぐに返金対応いたします。"],
        "invoice": ["ご注文{order}の領収書（適格請求書）を添付いたしましたので、ご確認ください。宛名の変更などがございましたら、お気軽にお申し付けください。"],
        "pre_sales_question": ["お問い合わせありがとうございます。こちらの商品は在庫がございまして、1〜2営業日以内に発送いたします。"],
        "complaint": ["貴重なご意見をいただき、誠にありがとうございます。ご期待に沿えず大変申し訳ございません。いただいたご意見は商品開発チームに共有いたしました。お詫びとして20%の一部返金、または返品による全額返金にて対応させていただきます。"],
        "chargeback_or_legal": ["このような事態となり、誠に申し訳ございません。本日、ご注文{order}の代金{amount}を全額返金いたしました。商品のご返送は不要です。何卒よろしくお願い申し上げます。"],
        "praise": ["温かいお言葉をいただき、誠にありがとうございます！スタッフ一同、大変励みになります。今後ともLumen & Loomをよろしくお願いいたします。"],
        "other": ["お問い合わせいただき、ありがとうございます。担当者に確認のうえ、1営業日以内にご連絡いたします。"],
    },
    "zh": {
        "where_is_my_order": ["您的订单{order}已交由{carrier}配送，物流单号是{tracking}。根据物流信息，预计2-3个工作日内送达。如届时仍未收到，请直接回复此消息，我们会马上为您跟进。"],
        "delivery_delay": ["非常抱歉让您久等了。我们已经就单号{tracking}向{carrier}提交了查件申请。如果3个工作日内物流仍无更新，我们将免费为您补发，或全额退款，由您选择。"],
        "refund": ["已为您的订单{order}办理退款{amount}，根据银行不同，预计3-5个工作日到账。给您带来不便，非常抱歉。"],
        "return_exchange": ["没问题，收货后30天内都可以退换。我们会另外发送预付的退货面单给您，包裹寄出后我们会立即为您发出换货。"],
        "cancellation": ["您的订单{order}已在发货前取消。如已扣款，款项将在3-5个工作日内自动退回。"],
        "damaged_or_wrong_item": ["非常抱歉商品到货时出现这种情况！我们今天就为您免费补发新的商品，收到的商品不需要寄回。新的物流单号出来后我们会第一时间发给您。"],
        "address_change": ["感谢您及时告知。订单{order}的收货地址已经修改好了，会按新地址发货。"],
        "payment_problem": ["给您带来不便非常抱歉。我们查询了订单{order}，第二笔只是银行的预授权，并非实际扣款，3-5个工作日内会自动撤销。如果之后仍未撤销，我们会立即为您退款。"],
        "invoice": ["订单{order}的发票已附上，请查收。如需修改抬头或地址，请告诉我们。"],
        "pre_sales_question": ["感谢咨询！这款目前有现货，1-2个工作日内发货。"],
        "complaint": ["感谢您的真实反馈，没能达到您的期望，非常抱歉。您的意见我们已转达给产品团队。我们可以为您提供20%的部分退款；如果您希望退货，也可以全额退款。"],
        "chargeback_or_legal": ["非常抱歉事情发展到这一步。我们今天已为订单{order}全额退款{amount}，商品无需寄回。希望这样能解决您的问题。"],
        "praise": ["非常感谢您的好评和鼓励！整个团队都很开心。祝您使用愉快，有任何需要随时联系我们～"],
        "other": ["感谢您的留言，我们已转给相关同事处理，会在1个工作日内回复您。"],
    },
}

# Second agent reply after a buyer follow-up: "warehouse" for parcel/item matters, "generic" otherwise.
REPLY2 = {
    "en": {"warehouse": ["Thanks for getting back to us. I've checked again and passed this on to our warehouse team; you'll hear from us by tomorrow at the latest.",
                         "Thanks for the details, that helps. I'm on it and will update you within 24 hours."],
           "generic": ["Good question! I've checked with the team and added a note to your order, so it's taken care of. Anything else, just reply here.",
                       "Thanks for the details, that helps. I'm on it and will update you within 24 hours."]},
    "de": {"warehouse": ["danke für Ihre Rückmeldung. Wir haben das noch einmal geprüft und an unser Lager weitergegeben; Sie hören spätestens morgen von uns."],
           "generic": ["danke für Ihre Rückmeldung. Wir haben das an Ihrer Bestellung vermerkt und melden uns innerhalb von 24 Stunden bei Ihnen."]},
    "fr": {"warehouse": ["Merci pour votre retour. Nous avons revérifié et transmis l'information à notre entrepôt ; vous aurez de nos nouvelles au plus tard demain."],
           "generic": ["Merci pour votre retour. Nous l'avons noté sur votre commande et revenons vers vous sous 24 heures."]},
    "it": {"warehouse": ["Grazie per il riscontro. Abbiamo ricontrollato e inoltrato la richiesta al magazzino; le daremo notizie al più tardi domani."],
           "generic": ["Grazie per il riscontro. L'abbiamo annotato sul suo ordine e le risponderemo entro 24 ore."]},
    "es": {"warehouse": ["Gracias por tu respuesta. Lo hemos vuelto a revisar y se lo hemos pasado al almacén; te diremos algo mañana como muy tarde."],
           "generic": ["Gracias por tu respuesta. Lo hemos anotado en tu pedido y te contestamos en menos de 24 horas."]},
    "ja": {"warehouse": ["ご返信いただきありがとうございます。再度確認し、倉庫担当へ共有いたしました。遅くとも明日までにご連絡いたします。"],
           "generic": ["ご返信いただきありがとうございます。ご注文に記録いたしましたので、24時間以内に改めてご連絡いたします。"]},
    "zh": {"warehouse": ["感谢您的回复。我们已经再次核实并转给仓库同事处理，最迟明天给您答复。"],
           "generic": ["感谢您的回复，已经在您的订单上备注了，我们会在24小时内回复您。"]},
}

# ---------------------------------------------------------------------------------------------
# Buyer follow-ups
# ---------------------------------------------------------------------------------------------
NUDGE = {  # buyer writes again before anyone answered
    "en": ["Hello? Any update?", "Still waiting for an answer...", "Just following up on my message from earlier.", "??",
           "Can someone please get back to me", "Sorry to chase, but I really need an answer on this today.",
           "Anyone there? 🙃", "Following up again. Please reply."],
    "de": ["Hallo? Bekomme ich noch eine Antwort?", "Ich warte immer noch auf eine Rückmeldung.", "Nochmal nachgefragt: Gibt es schon Neuigkeiten?"],
    "fr": ["Bonjour ? J'attends toujours une réponse.", "Je me permets de relancer, avez-vous du nouveau ?", "Quelqu'un peut me répondre svp ?"],
    "it": ["Salve? Sto ancora aspettando una risposta.", "Vi riscrivo: ci sono novità?", "Qualcuno può rispondermi per favore?"],
    "es": ["¿Hola? Sigo esperando respuesta.", "Vuelvo a escribir, ¿hay novedades?", "¿Alguien me puede responder, por favor?"],
    "ja": ["お返事をお待ちしております。", "先日問い合わせた件、その後いかがでしょうか。", "至急確認をお願いします。"],
    "zh": ["在吗？还没回复", "请问有结果了吗？", "麻烦尽快回复一下，谢谢"],
}

# buyer answers the agent but the case stays open; grouped by intent family (see FAMILY in make_demo.py)
FOLLOW = {
    "en": {
        "ship": ["Thanks. The tracking still shows no movement though, can you check again tomorrow?",
                 "It says 'delivered' now but there's still nothing in my mailbox.",
                 "OK thanks. If it's not here by Friday I'd like a replacement please."],
        "address": ["Thanks! Will I get a new tracking link with the updated address?",
                    "Great. Could you also ask them to ring the bell? Flat 2."],
        "money": ["Thanks. How will I see the refund, as a separate line on my statement?",
                  "I still don't see anything on my card. Can you send me a transaction reference?",
                  "OK, but the full amount please, including shipping."],
        "cancel": ["Thanks! Will I get a confirmation email for the cancellation?",
                   "OK great. The charge is still showing as pending on my card though."],
        "payment": ["I still see two charges in my banking app. Are you sure?",
                    "Tried again with PayPal and it worked, but now there are two orders. Can you cancel the first one?"],
        "return": ["The return label didn't come through, can you resend it?",
                   "Do I need the original box? I already threw it away.",
                   "Can I drop it off at a post office or does it have to be picked up?"],
        "damaged": ["I've attached the photos. Do I need to keep the broken one?",
                    "Photos attached. The box looked fine from the outside, so it must have happened before packing.",
                    "Thanks. Can you send the replacement express? I need it this week."],
        "complaint": ["I'd rather return it then. How do I do that?",
                      "A partial refund would be OK. How much would that be exactly?"],
        "invoice": ["Thanks, could you also add our VAT number to it?",
                    "Got it, but the address on it is still the old one. Can you fix that?"],
        "general": ["Thanks for the quick answer! One more question: do you ship to Ireland too?",
                    "Great, thanks. Can you also send the invoice for my previous order?",
                    "Thank you! Does it come in a gift box?"],
    },
    "de": {
        "ship": ["Danke. Die Sendungsverfolgung zeigt aber immer noch nichts Neues an.", "Jetzt steht 'zugestellt', aber im Briefkasten ist nichts."],
        "address": ["Danke! Bekomme ich dann eine neue Sendungsnummer?"],
        "money": ["Danke, aber auf meinem Konto ist noch nichts angekommen. Können Sie mir eine Referenz schicken?", "Bitte auch die Versandkosten erstatten, nicht nur den Warenwert."],
        "cancel": ["Danke! Bekomme ich noch eine Stornobestätigung per E-Mail?"],
        "payment": ["In meiner Banking-App sehe ich aber immer noch zwei Abbuchungen. Sind Sie sicher?"],
        "return": ["Das Rücksendeetikett ist nicht angekommen, können Sie es nochmal schicken?", "Brauche ich die Originalverpackung? Die habe ich leider schon entsorgt."],
        "damaged": ["Fotos habe ich angehängt. Muss ich den kaputten Artikel aufheben?", "Danke. Können Sie den Ersatz per Express schicken? Ich brauche ihn diese Woche."],
        "complaint": ["Dann möchte ich den Artikel lieber zurückgeben. Wie geht das?"],
        "invoice": ["Danke, können Sie noch unsere USt-IdNr. DE281746395 ergänzen?"],
        "general": ["Danke für die schnelle Antwort! Noch eine Frage: Gibt es die Lampe auch in Weiß?", "Super, danke. Können Sie mir auch die Rechnung für die vorherige Bestellung schicken?"],
    },
    "fr": {
        "ship": ["Merci. Le suivi n'a toujours pas bougé par contre.", "Maintenant c'est marqué 'livré' mais je n'ai toujours rien."],
        "address": ["Merci ! Est-ce que je recevrai un nouveau lien de suivi ?"],
        "money": ["Merci, mais je ne vois toujours rien sur mon compte. Pouvez-vous m'envoyer une référence ?"],
        "cancel": ["Merci ! Vais-je recevoir une confirmation d'annulation par e-mail ?"],
        "payment": ["Je vois toujours deux prélèvements dans mon appli bancaire. Vous êtes sûrs ?"],
        "return": ["Je n'ai pas reçu l'étiquette de retour, pouvez-vous la renvoyer ?", "Faut-il l'emballage d'origine ? Je l'ai déjà jeté."],
        "damaged": ["J'ai joint les photos. Dois-je garder l'article abîmé ?"],
        "complaint": ["Je préfère le retourner alors. Comment faire ?"],
        "invoice": ["Merci, pourriez-vous ajouter notre numéro de TVA intracommunautaire ?"],
        "general": ["Merci pour la réponse rapide ! Autre question : la lampe existe-t-elle en blanc ?"],
    },
    "it": {
        "ship": ["Grazie. Però il tracciamento è ancora fermo.", "Adesso risulta 'consegnato' ma non ho ricevuto niente."],
        "address": ["Grazie! Riceverò un nuovo link di tracciamento?"],
        "money": ["Grazie, ma sul conto non vedo ancora nulla. Potete mandarmi un riferimento?"],
        "cancel": ["Grazie! Mi arriverà una conferma dell'annullamento via email?"],
        "payment": ["Nell'app della banca vedo ancora due addebiti. Siete sicuri?"],
        "return": ["L'etichetta di reso non è arrivata, potete rimandarla?", "Serve la confezione originale? L'ho già buttata."],
        "damaged": ["Ho allegato le foto. Devo tenere l'articolo rovinato?"],
        "complaint": ["Allora preferisco restituirlo. Come faccio?"],
        "invoice": ["Grazie, potete aggiungere anche il codice fiscale?"],
        "general": ["Grazie per la risposta veloce! Un'altra domanda: la lampada c'è anche bianca?"],
    },
    "es": {
        "ship": ["Gracias. Pero el seguimiento sigue sin moverse.", "Ahora pone 'entregado' pero no me ha llegado nada."],
        "address": ["¡Gracias! ¿Me llegará un nuevo enlace de seguimiento?"],
        "money": ["Gracias, pero en mi cuenta todavía no aparece nada. ¿Me pueden mandar una referencia?"],
        "cancel": ["¡Gracias! ¿Me llegará un correo confirmando la cancelación?"],
        "payment": ["En la app del banco sigo viendo dos cargos. ¿Están seguros?"],
        "return": ["No me ha llegado la etiqueta de devolución, ¿me la pueden reenviar?", "¿Necesito la caja original? Ya la tiré."],
        "damaged": ["Les adjunto las fotos. ¿Tengo que guardar el artículo?"],
        "complaint": ["Entonces prefiero devolverlo. ¿Cómo lo hago?"],
        "invoice": ["Gracias, ¿pueden añadir también mi NIF?"],
        "general": ["¡Gracias por la respuesta tan rápida! Otra pregunta: ¿la lámpara la tienen en blanco?"],
    },
    "ja": {
        "ship": ["ありがとうございます。ただ、追跡情報がまだ更新されていません。", "「配達完了」になりましたが、やはり届いていません。"],
        "address": ["ありがとうございます。新しい追跡番号は届きますか？"],
        "money": ["ありがとうございます。まだカードの明細に反映されていないのですが、確認できますか？"],
        "cancel": ["ありがとうございます。キャンセル完了のメールは届きますか？"],
        "payment": ["カードの明細にはまだ2件表示されていますが、本当に大丈夫でしょうか。"],
        "return": ["返品用の伝票がまだ届いていません。再送していただけますか。", "元の箱は捨ててしまったのですが、大丈夫でしょうか。"],
        "damaged": ["写真を添付しました。届いた商品は保管しておいた方がよいでしょうか？"],
        "complaint": ["それでしたら返品したいです。手順を教えてください。"],
        "invoice": ["ありがとうございます。登録番号も記載していただけますか。"],
        "general": ["早速のご回答ありがとうございます。もう一つ質問ですが、ライトの白色はありますか？"],
    },
    "zh": {
        "ship": ["谢谢，不过物流还是没更新。", "现在显示已签收了，但我还是没收到。"],
        "address": ["谢谢！改地址后会有新的物流单号吗？"],
        "money": ["谢谢，但是我的卡上还没看到退款，能给个交易参考号吗？"],
        "cancel": ["谢谢！取消后会有邮件确认吗？"],
        "payment": ["可是我的银行App里还是显示两笔扣款，确定没问题吗？"],
        "return": ["退货面单没收到，可以再发一次吗？", "原包装盒已经扔了，还能退吗？"],
        "damaged": ["照片已经发了，收到的东西需要留着吗？"],
        "complaint": ["那我还是退货吧，怎么操作？"],
        "invoice": ["谢谢，可以在发票上加上公司税号吗？"],
        "general": ["谢谢回复这么快！还想问一下，台灯有白色的吗？"],
    },
}

THANKS = {  # buyer closes a resolved thread
    "en": ["Perfect, thank you so much!", "Got it, thanks for the help 👍", "Received it today, all good now. Thanks!",
           "Thanks, that's sorted then.", "Brilliant, cheers!", "Appreciate it, have a good day."],
    "de": ["Vielen Dank, hat alles geklappt!", "Ist heute angekommen, alles bestens. Danke!", "Perfekt, danke für die schnelle Hilfe 👍", "Geld ist da, dankeschön."],
    "fr": ["Parfait, merci beaucoup !", "Bien reçu aujourd'hui, tout est en ordre. Merci !", "C'est réglé, merci pour votre réactivité."],
    "it": ["Perfetto, grazie mille!", "Arrivato oggi, tutto a posto. Grazie!", "Tutto risolto, grazie per la disponibilità."],
    "es": ["¡Perfecto, muchas gracias!", "Me llegó hoy, todo bien. ¡Gracias!", "Todo resuelto, gracias por la rapidez."],
    "ja": ["無事に解決しました。ありがとうございました！", "確認しました。迅速なご対応ありがとうございます。", "承知しました。ご丁寧にありがとうございます。"],
    "zh": ["收到了，谢谢！", "已经搞定了，谢谢你们👍", "好的，麻烦了，谢谢！"],
}

CLOSE = {  # agent's last word on a resolved thread
    "en": ["You're welcome! Enjoy, and have a lovely week.", "Glad we could help. I'll close this ticket now, but just reply if anything comes up."],
    "de": ["gern geschehen! Viel Freude damit und einen schönen Tag noch.", "freut uns, dass wir helfen konnten. Bei Fragen sind wir jederzeit für Sie da."],
    "fr": ["Avec plaisir ! Très belle journée à vous.", "Ravis d'avoir pu vous aider. N'hésitez pas à revenir vers nous si besoin."],
    "it": ["Di nulla! Buona giornata.", "Siamo felici di averla aiutata. Per qualsiasi cosa siamo qui."],
    "es": ["¡De nada! Que tengas un buen día.", "Nos alegra haberte ayudado. Aquí estamos para lo que necesites."],
    "ja": ["ご丁寧にありがとうございます。今後ともよろしくお願いいたします。", "お役に立てて何よりです。またいつでもお問い合わせください。"],
    "zh": ["不客气！祝您生活愉快～", "很高兴能帮到您，有任何问题随时联系我们。"],
}

# Sentence a buyer appends when the same person already wrote on another channel.
XREF = {
    "bought": {
        "en": "I asked you about it via {prev} before buying.",
        "de": "Ich hatte vor dem Kauf schon über {prev} nachgefragt.",
        "fr": "Je vous avais posé la question via {prev} avant de commander.",
        "it": "Vi avevo già scritto tramite {prev} prima di ordinare.",
        "es": "Ya les había escrito por {prev} antes de comprar.",
        "ja": "購入前に{prev}でも問い合わせた者です。",
        "zh": "我下单前通过{prev}咨询过你们。",
    },
    "repeat": {
        "en": "I already contacted you about this via {prev}.",
        "de": "Ich habe Sie deswegen schon über {prev} kontaktiert.",
        "fr": "Je vous ai déjà contactés à ce sujet via {prev}.",
        "it": "Vi ho già contattato per questo tramite {prev}.",
        "es": "Ya les escribí por esto en {prev}.",
        "ja": "この件は{prev}でも問い合わせています。",
        "zh": "这个问题我已经通过{prev}联系过你们了。",
    },
}
EMAIL_WORD = {"en": "email", "de": "E-Mail", "fr": "e-mail", "it": "e-mail", "es": "correo", "ja": "メール", "zh": "邮件"}
SITE_WORD = {"en": "your website", "de": "Ihre Website", "fr": "votre site", "it": "il vostro sito", "es": "su web", "ja": "公式サイト", "zh": "官网"}

# Appended to the first buyer message when the text itself does not quote the order number.
ORDER_REF = {
    "en": ["Order {order}", "Order #: {order}", "order no. {order}", "(order {order})"],
    "de": ["Bestellnummer: {order}", "Bestellung {order}", "Best.-Nr. {order}"],
    "fr": ["Commande n° {order}", "N° de commande : {order}"],
    "it": ["Ordine n. {order}", "Numero ordine: {order}"],
    "es": ["Pedido: {order}", "N.º de pedido {order}"],
    "ja": ["注文番号：{order}", "（注文番号 {order}）"],
    "zh": ["订单号：{order}", "订单 {order}"],
}

# Buyer greetings / sign-offs for e-mail style channels.
GREET = {
    "en": ["Hi,", "Hello,", "Hi there,", "Good morning,", "Hey,"],
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,"],
    "fr": ["Bonjour,", "Bonsoir,", "Bonjour à vous,"],
    "it": ["Buongiorno,", "Salve,", "Buonasera,"],
    "es": ["Hola,", "Buenos días,", "Buenas tardes,"],
    "ja": ["お世話になっております。", "こんにちは。", "突然のご連絡失礼いたします。"],
    "zh": ["你好，", "您好，"],
}
GREET_WORDS = {
    "en": ["hi", "hello", "hey", "good ", "hiya"],
    "de": ["hallo", "guten", "moin", "sehr geehrte"],
    "fr": ["bonjour", "bonsoir", "salut"],
    "it": ["buongiorno", "buonasera", "salve", "ciao"],
    "es": ["hola", "buenas", "buenos", "¡hola"],
    "ja": ["お世話", "こんにちは", "突然"],
    "zh": ["你好", "您好", "在吗"],
}
SIGNOFF = {
    "en": ["Thanks,\n{first}", "Regards,\n{first} {last}", "Thank you!", "Cheers, {first}", "{first}", "Kind regards,\n{first} {last}"],
    "de": ["Viele Grüße\n{first} {last}", "Danke und Gruß\n{first}", "MfG {last}", "LG {first}"],
    "fr": ["Cordialement,\n{first} {last}", "Merci d'avance,\n{first}", "Bonne journée"],
    "it": ["Cordiali saluti,\n{first} {last}", "Grazie,\n{first}", "Saluti"],
    "es": ["Un saludo,\n{first}", "Gracias de antemano.\n{first} {last}", "Saludos"],
    "ja": ["{last}", "よろしくお願いいたします。\n{last}"],
    "zh": ["谢谢！", "谢谢"],
}

# ---------------------------------------------------------------------------------------------
# Internal notes (agents write English or Chinese). Grouped by intent family.
# ---------------------------------------------------------------------------------------------
NOTES = {  # per intent, English or Chinese; notes mentioning A-to-z are only used on Amazon
    "where_is_my_order": {
        "en": ["Checked the {carrier} portal: last scan 3 days ago at the hub. Opened a trace, will follow up Thursday.",
               "Tracking {tracking} is moving normally, just slow scans. Reply with the ETA.",
               "Carrier shows delivered with a GPS point two streets away. Filing a claim with {carrier} before we reship."],
        "zh": ["{carrier}官网查过了，包裹在派送中，正常。回复客户预计时效即可。",
               "物流显示已签收但客户说没收到，先别补发，等{carrier}回复。"],
    },
    "delivery_delay": {
        "en": ["{carrier} confirmed a backlog at the sorting centre, 2-3 extra days. If it's still stuck on Monday we reship.",
               "Third delayed parcel this week on this route. Flagging to logistics.",
               "Customs hold: commercial invoice missing from the shipment. Asked the warehouse to send it to the broker."],
        "zh": ["{carrier}那边查了，包裹卡在转运中心，已提交查件，周四再跟进。",
               "如果周一还没动静就直接补发，不用再等。"],
    },
    "refund": {
        "en": ["Refund of {amount} needs supervisor approval (over my limit). @Li Wei please approve.",
               "Return arrived at the warehouse yesterday, item OK. Refund can go out.",
               "Customer was refunded minus return shipping by mistake. Refund the difference."],
        "zh": ["退款{amount}已提交，等财务审核。客户已经问过两次了，优先处理。",
               "退货已签收，仓库确认商品完好，可以退款。"],
    },
    "return_exchange": {
        "en": ["Exchange: replacement in stock, return label requested.",
               "Return is 2 days outside the 30-day window. Accepting anyway, repeat buyer."],
        "zh": ["客户要求换货，仓库有货，退货面单已申请。",
               "超过退货期两天，但是老客户，可以接受。"],
    },
    "cancellation": {
        "en": ["Warehouse already picked it. Asked them to pull the parcel before the 4 pm carrier collection.",
               "Cancelled in the channel; payment was never captured."],
        "zh": ["仓库还没拣货，已经取消，记得在平台上也点取消。",
               "已经出库了，取消不了的话让客户拒收。"],
    },
    "damaged_or_wrong_item": {
        "en": ["Asked for photos of the box and the item. Replacement reserved in the warehouse (bin B-14).",
               "Same batch as the other complaints (LOT 2409). Flagged to QC, replace without return.",
               "Picking error: the picker grabbed the neighbouring bin. Told the warehouse lead."],
        "zh": ["这个批次第三次收到投诉了，已经告诉品控。",
               "照片已收到，直接补发，不用退回。"],
    },
    "address_change": {
        "en": ["Warehouse confirms it hasn't left yet, address changed in the WMS.",
               "Label already printed. Asked the warehouse to reprint it with the new address."],
        "zh": ["地址已在仓库系统里改好，仓库确认还没出库。",
               "面单已经打了，已通知仓库重新打印。"],
    },
    "payment_problem": {
        "en": ["Payment dashboard shows one capture and one voided authorisation. Explain that the second will drop off.",
               "Issuer declined (do not honour). Suggest PayPal or another card."],
        "zh": ["支付后台查过了，只扣了一次，第二笔是预授权。",
               "银行拒绝交易，建议客户换PayPal付款。"],
    },
    "invoice": {
        "en": ["Invoice generated in the billing tool; double-check the company VAT number before sending.",
               "Marketplace doesn't create invoices for us here, so we upload them manually. Doing it now."],
        "zh": ["发票已经生成，发送前再核对一下公司税号。",
               "这个客户每个月都要发票，加到月度清单里。"],
    },
    "pre_sales_question": {
        "en": ["Asked the product team to confirm the spec before we answer.",
               "Possible bulk order. Loop in Li Wei if they come back."],
        "zh": ["批发询价，已转给Li Wei，报价单发客户邮箱。",
               "产品参数需要产品部确认，明天给客户回复。"],
    },
    "complaint": {
        "en": ["Customer is upset about earlier contacts. Reply personally, no macro.",
               "Colour mismatch complaints on this listing keep coming. Asking for new photos."],
        "zh": ["客户情绪比较大，先道歉，可以给20%部分退款。",
               "同款颜色差异投诉第三次了，要重新拍主图。"],
    },
    "chargeback_or_legal": {
        "en": ["A-to-z risk: we must answer within 24h. Refund in full, don't argue.",
               "Customer mentioned a bank dispute. Do NOT refund twice: check the dispute status before issuing anything.",
               "Escalated to Li Wei."],
        "zh": ["这单有A-to-z风险，24小时内必须回复，先全额退款。",
               "客户说已经拒付了，先查银行争议状态，别重复退款。"],
    },
    "praise": {
        "en": ["VIP: 6th order this year. Be generous.",
               "Ask whether they'd like to be featured on our Instagram (only with their OK)."],
        "zh": ["回头客，发个感谢券。"],
    },
    "other": {
        "en": ["Possibly an influencer. Check the follower count before offering free product.",
               "Not a support question, forwarded to Li Wei."],
        "zh": ["不是售后问题，已转给Li Wei。"],
    },
}

# Ticket subjects written by buyers (e-mail, Shopify contact form, Etsy).
SUBJECT = {
    "en": {
        "where_is_my_order": ["Where is my order {order}?", "Order status", "Tracking number?"],
        "delivery_delay": ["Parcel delayed", "Order {order} still not delivered"],
        "refund": ["Refund for order {order}", "Refund status"],
        "return_exchange": ["Return / exchange", "How do I return an item?"],
        "cancellation": ["Cancel order {order}", "Please cancel my order"],
        "damaged_or_wrong_item": ["Item arrived damaged", "Wrong item received - {order}"],
        "address_change": ["Change of delivery address", "Wrong address on order {order}"],
        "payment_problem": ["Charged twice?", "Payment issue"],
        "invoice": ["Invoice request - order {order}", "VAT invoice"],
        "pre_sales_question": ["Question about {title}", "Quick question before ordering"],
        "complaint": ["Disappointed", "Feedback on my order"],
        "chargeback_or_legal": ["Final notice before dispute", "Order {order} - dispute"],
        "praise": ["Thank you!", "Love it 💛"],
        "other": ["Question", "Hello"],
    },
    "de": {"where_is_my_order": ["Wo ist meine Bestellung {order}?"], "delivery_delay": ["Lieferung verzögert"],
           "refund": ["Erstattung Bestellung {order}"], "return_exchange": ["Umtausch / Rücksendung"],
           "cancellation": ["Stornierung Bestellung {order}"], "damaged_or_wrong_item": ["Ware beschädigt angekommen"],
           "address_change": ["Adressänderung"], "payment_problem": ["Frage zur Zahlung"],
           "invoice": ["Rechnung zu Bestellung {order}"], "pre_sales_question": ["Frage zu {title}"],
           "complaint": ["Beschwerde"], "chargeback_or_legal": ["Letzte Aufforderung"], "praise": ["Danke!"], "other": ["Anfrage"]},
    "fr": {"where_is_my_order": ["Où est ma commande {order} ?"], "delivery_delay": ["Retard de livraison"],
           "refund": ["Remboursement commande {order}"], "return_exchange": ["Échange / retour"],
           "cancellation": ["Annulation commande {order}"], "damaged_or_wrong_item": ["Article reçu endommagé"],
           "address_change": ["Changement d'adresse"], "payment_problem": ["Problème de paiement"],
           "invoice": ["Demande de facture - commande {order}"], "pre_sales_question": ["Question sur {title}"],
           "complaint": ["Réclamation"], "chargeback_or_legal": ["Dernier avertissement avant litige"], "praise": ["Merci !"], "other": ["Demande d'information"]},
    "it": {"where_is_my_order": ["Dov'è il mio ordine {order}?"], "delivery_delay": ["Ritardo nella consegna"],
           "refund": ["Rimborso ordine {order}"], "return_exchange": ["Cambio / reso"],
           "cancellation": ["Annullamento ordine {order}"], "damaged_or_wrong_item": ["Articolo arrivato danneggiato"],
           "address_change": ["Cambio indirizzo"], "payment_problem": ["Problema con il pagamento"],
           "invoice": ["Richiesta fattura ordine {order}"], "pre_sales_question": ["Domanda su {title}"],
           "complaint": ["Reclamo"], "chargeback_or_legal": ["Ultimo avviso"], "praise": ["Grazie!"], "other": ["Informazioni"]},
    "es": {"where_is_my_order": ["¿Dónde está mi pedido {order}?"], "delivery_delay": ["Retraso en la entrega"],
           "refund": ["Reembolso del pedido {order}"], "return_exchange": ["Cambio / devolución"],
           "cancellation": ["Cancelar pedido {order}"], "damaged_or_wrong_item": ["Artículo dañado"],
           "address_change": ["Cambio de dirección"], "payment_problem": ["Problema con el pago"],
           "invoice": ["Solicitud de factura - pedido {order}"], "pre_sales_question": ["Consulta sobre {title}"],
           "complaint": ["Queja"], "chargeback_or_legal": ["Último aviso"], "praise": ["¡Gracias!"], "other": ["Consulta"]},
    "ja": {"where_is_my_order": ["注文{order}の配送状況について"], "delivery_delay": ["配送遅延について"],
           "refund": ["返金について（注文番号{order}）"], "return_exchange": ["返品・交換について"],
           "cancellation": ["キャンセルのお願い（{order}）"], "damaged_or_wrong_item": ["商品破損について"],
           "address_change": ["お届け先変更のお願い"], "payment_problem": ["支払いについて"],
           "invoice": ["領収書発行のお願い"], "pre_sales_question": ["{title}について質問"],
           "complaint": ["対応について"], "chargeback_or_legal": ["最終のご連絡"], "praise": ["お礼"], "other": ["お問い合わせ"]},
    "zh": {"where_is_my_order": ["订单{order}物流查询"], "delivery_delay": ["物流延误"],
           "refund": ["订单{order}退款"], "return_exchange": ["退换货"],
           "cancellation": ["取消订单{order}"], "damaged_or_wrong_item": ["商品破损"],
           "address_change": ["修改地址"], "payment_problem": ["付款问题"],
           "invoice": ["开发票"], "pre_sales_question": ["关于{title}的咨询"],
           "complaint": ["投诉"], "chargeback_or_legal": ["最后通知"], "praise": ["谢谢！"], "other": ["咨询"]},
}
