#include "core/demo/SyntheticVocabulary.h"

#include <array>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr int kTopics = SyntheticVocabulary::TopicCount;

// UTF-8 tables; turned into QStrings once when a vocabulary is built.
struct Table {
    const char *code;
    const char *country;
    bool spaced;
    bool familyNameFirst;
    std::array<const char *, 3> greetings;
    std::array<const char *, kTopics> withOrder;
    std::array<const char *, kTopics> plain;
    std::array<const char *, kTopics> subjects;
    std::array<const char *, 8> followUps;
    std::array<const char *, 10> details;
    std::array<const char *, 6> replies;
    std::array<const char *, 3> closings;
    std::array<const char *, 16> given;
    std::array<const char *, 16> family;
};

const Table kEnglish{
    "en", "US", true, false,
    {"Hi,", "Hello,", "Good morning,"},
    {"I ordered the {product} (order {order}) {days} days ago and it still has not arrived. Where is my package?",
     "The {product} from order {order} arrived damaged, the box was crushed and one part is broken.",
     "I received the wrong item for order {order}: I ordered the {product} but got something else.",
     "I would like to return the {product} from order {order} and get a refund, please.",
     "Please cancel order {order}, I ordered the {product} by mistake.",
     "I made a mistake in the shipping address for order {order}. Can you change it before shipping?",
     "Could you send me an invoice with VAT for order {order}? I need it for my company.",
     "Is the {product} compatible with the older model? I want to buy {qty} of them.",
     "The estimated delivery date for order {order} has passed. It is now {days} days late.",
     "Thank you, the {product} from order {order} arrived today and works perfectly."},
    {"Can you tell me when my {product} will be shipped? The tracking page has not changed for {days} days.",
     "My {product} arrived broken. I attached photos of the damage. What can you do?",
     "This is not what I ordered. The color and size of the {product} are different from the listing.",
     "The {product} does not fit. How do I return it and when will I get my money back?",
     "I changed my mind, can I still cancel before it ships?",
     "I am moving next week. Please send the {product} to my new address instead.",
     "I need a receipt for the {product} for my accounting, please.",
     "Is the {product} still in stock, and how long does delivery take to my country?",
     "My parcel with {carrier} is stuck in customs. Tracking number {tracking} shows no update.",
     "Great seller, fast shipping and the {product} is exactly as described. Five stars!"},
    {"Where is my order?", "Item arrived damaged", "Wrong item received", "Return and refund request",
     "Cancel my order", "Change shipping address", "Invoice request", "Question about {product}",
     "Delivery is late", "Thank you"},
    {"Any update on this?", "I still have not heard back from you. Please answer.",
     "Thanks for the quick reply. The tracking number is {tracking}.", "I already sent the photos yesterday.",
     "OK, I will wait a few more days.", "This is unacceptable, I will open a case if this is not resolved.",
     "Can you send a replacement instead of a refund?",
     "The package was delivered by {carrier} but nobody was at home."},
    {"I need it before the weekend.", "It was a gift for my daughter.", "I have been a customer for years.",
     "The box was left outside in the rain.", "Please answer as soon as possible.",
     "My phone number is in the order details.", "The battery does not charge at all.",
     "The instructions are missing from the package.", "I saw a cheaper price elsewhere.",
     "The zipper broke after two days."},
    {"Hello {buyer}, thank you for your message. We are checking this with {carrier} and will get back to you within 24 hours.",
     "We are sorry about the problem with your {product}. We have issued a full refund; you will see it in 3-5 business days.",
     "Your parcel was shipped with {carrier}, tracking number {tracking}.",
     "Could you please send us a photo of the item and the package?",
     "We have sent a replacement today at no cost to you.",
     "Your order has been cancelled and you will not be charged."},
    {"Thanks, {buyer}", "Best regards, {buyer}", "Thank you in advance."},
    {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Emily", "Daniel",
     "Sarah", "Kevin", "Ashley", "Brian", "Megan"},
    {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
     "Moore", "Martin", "Jackson", "Thompson", "White"},
};

const Table kSpanish{
    "es", "ES", true, false,
    {"Hola,", "Buenos días,", "Buenas tardes,"},
    {"Pedí el {product} (pedido {order}) hace {days} días y todavía no ha llegado. ¿Dónde está mi paquete?",
     "El {product} del pedido {order} llegó dañado, la caja estaba aplastada y una pieza está rota.",
     "Recibí un artículo equivocado en el pedido {order}: pedí el {product} pero me llegó otra cosa.",
     "Quiero devolver el {product} del pedido {order} y recibir un reembolso, por favor.",
     "Por favor, cancelen el pedido {order}, compré el {product} por error.",
     "Me equivoqué en la dirección de envío del pedido {order}. ¿Pueden cambiarla antes de enviarlo?",
     "¿Podrían enviarme una factura con IVA del pedido {order}? La necesito para mi empresa.",
     "¿El {product} es compatible con el modelo anterior? Quiero comprar {qty}.",
     "La fecha estimada de entrega del pedido {order} ya pasó. Lleva {days} días de retraso.",
     "Gracias, el {product} del pedido {order} llegó hoy y funciona perfectamente."},
    {"¿Me pueden decir cuándo enviarán mi {product}? El seguimiento no ha cambiado en {days} días.",
     "Mi {product} llegó roto. Adjunto fotos del daño. ¿Qué pueden hacer?",
     "Esto no es lo que pedí. El color y la talla del {product} no coinciden con el anuncio.",
     "El {product} no me queda bien. ¿Cómo lo devuelvo y cuándo recibiré mi dinero?",
     "He cambiado de opinión, ¿todavía puedo cancelar antes del envío?",
     "Me mudo la próxima semana. Por favor, envíen el {product} a mi nueva dirección.",
     "Necesito un recibo del {product} para mi contabilidad, por favor.",
     "¿El {product} sigue disponible y cuánto tarda el envío a mi país?",
     "Mi paquete con {carrier} está retenido en aduanas. El número de seguimiento {tracking} no se actualiza.",
     "Excelente vendedor, envío rápido y el {product} es tal como se describe. ¡Cinco estrellas!"},
    {"¿Dónde está mi pedido?", "Artículo dañado", "Artículo equivocado", "Solicitud de devolución y reembolso",
     "Cancelar mi pedido", "Cambio de dirección de envío", "Solicitud de factura", "Pregunta sobre {product}",
     "Entrega retrasada", "Gracias"},
    {"¿Hay alguna novedad?", "Todavía no he recibido respuesta. Por favor, contesten.",
     "Gracias por la rápida respuesta. El número de seguimiento es {tracking}.", "Ya envié las fotos ayer.",
     "De acuerdo, esperaré unos días más.", "Esto es inaceptable, abriré una reclamación si no se resuelve.",
     "¿Pueden enviar un reemplazo en lugar de un reembolso?",
     "{carrier} entregó el paquete pero no había nadie en casa."},
    {"Lo necesito antes del fin de semana.", "Era un regalo para mi hija.", "Soy cliente desde hace años.",
     "Dejaron la caja fuera bajo la lluvia.", "Por favor, respondan lo antes posible.",
     "Mi número de teléfono está en los detalles del pedido.", "La batería no carga en absoluto.",
     "Faltan las instrucciones en el paquete.", "He visto un precio más barato en otra tienda.",
     "La cremallera se rompió a los dos días."},
    {"Hola {buyer}, gracias por su mensaje. Lo estamos comprobando con {carrier} y le responderemos en 24 horas.",
     "Sentimos el problema con su {product}. Hemos emitido un reembolso completo; lo verá en 3-5 días hábiles.",
     "Su paquete se envió con {carrier}, número de seguimiento {tracking}.",
     "¿Podría enviarnos una foto del artículo y del embalaje?",
     "Hoy le hemos enviado un reemplazo sin coste alguno.",
     "Su pedido ha sido cancelado y no se le cobrará nada."},
    {"Gracias, {buyer}", "Saludos, {buyer}", "Gracias de antemano."},
    {"María", "José", "Lucía", "Javier", "Carmen", "Alejandro", "Sofía", "Pablo", "Elena", "Diego", "Marta",
     "Sergio", "Laura", "Andrés", "Paula", "Raúl"},
    {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz",
     "Romero", "Navarro", "Torres", "Ruiz", "Ramírez", "Castillo"},
};

const Table kGerman{
    "de", "DE", true, false,
    {"Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"},
    {"Ich habe den {product} (Bestellung {order}) vor {days} Tagen bestellt und er ist immer noch nicht angekommen. Wo ist mein Paket?",
     "Der {product} aus Bestellung {order} kam beschädigt an, der Karton war eingedrückt und ein Teil ist kaputt.",
     "Ich habe für Bestellung {order} den falschen Artikel erhalten: bestellt war der {product}, geliefert wurde etwas anderes.",
     "Ich möchte den {product} aus Bestellung {order} zurückschicken und eine Rückerstattung erhalten, bitte.",
     "Bitte stornieren Sie die Bestellung {order}, ich habe den {product} versehentlich bestellt.",
     "Ich habe bei Bestellung {order} eine falsche Lieferadresse angegeben. Können Sie sie vor dem Versand ändern?",
     "Könnten Sie mir eine Rechnung mit ausgewiesener Mehrwertsteuer für Bestellung {order} schicken? Ich brauche sie für meine Firma.",
     "Ist der {product} mit dem älteren Modell kompatibel? Ich möchte {qty} Stück kaufen.",
     "Das voraussichtliche Lieferdatum für Bestellung {order} ist überschritten. Sie ist jetzt {days} Tage zu spät.",
     "Danke, der {product} aus Bestellung {order} ist heute angekommen und funktioniert einwandfrei."},
    {"Können Sie mir sagen, wann mein {product} verschickt wird? Die Sendungsverfolgung hat sich seit {days} Tagen nicht geändert.",
     "Mein {product} ist kaputt angekommen. Ich habe Fotos vom Schaden angehängt. Was können Sie tun?",
     "Das habe ich nicht bestellt. Farbe und Größe des {product} stimmen nicht mit dem Angebot überein.",
     "Der {product} passt nicht. Wie kann ich ihn zurücksenden und wann bekomme ich mein Geld zurück?",
     "Ich habe es mir anders überlegt, kann ich noch vor dem Versand stornieren?",
     "Ich ziehe nächste Woche um. Bitte schicken Sie den {product} an meine neue Adresse.",
     "Ich brauche bitte eine Quittung für den {product} für meine Buchhaltung.",
     "Ist der {product} noch auf Lager und wie lange dauert der Versand in mein Land?",
     "Mein Paket mit {carrier} hängt im Zoll fest. Die Sendungsnummer {tracking} zeigt keine Aktualisierung.",
     "Toller Verkäufer, schneller Versand und der {product} ist genau wie beschrieben. Fünf Sterne!"},
    {"Wo ist meine Bestellung?", "Artikel beschädigt angekommen", "Falscher Artikel erhalten",
     "Rücksendung und Erstattung", "Bestellung stornieren", "Lieferadresse ändern", "Rechnung anfordern",
     "Frage zu {product}", "Lieferung verspätet", "Vielen Dank"},
    {"Gibt es schon Neuigkeiten?", "Ich habe immer noch keine Antwort erhalten. Bitte melden Sie sich.",
     "Danke für die schnelle Antwort. Die Sendungsnummer lautet {tracking}.",
     "Ich habe die Fotos bereits gestern geschickt.", "Gut, dann warte ich noch ein paar Tage.",
     "Das ist inakzeptabel, ich eröffne einen Fall, wenn das nicht gelöst wird.",
     "Können Sie statt einer Erstattung einen Ersatz schicken?",
     "{carrier} hat das Paket zugestellt, aber niemand war zu Hause."},
    {"Ich brauche es vor dem Wochenende.", "Es war ein Geschenk für meine Tochter.",
     "Ich bin seit Jahren Kunde bei Ihnen.", "Der Karton wurde draußen im Regen abgestellt.",
     "Bitte antworten Sie so schnell wie möglich.", "Meine Telefonnummer steht in den Bestelldetails.",
     "Der Akku lädt überhaupt nicht.", "Die Anleitung fehlt im Paket.",
     "Ich habe woanders einen günstigeren Preis gesehen.", "Der Reißverschluss ist nach zwei Tagen kaputtgegangen."},
    {"Hallo {buyer}, danke für Ihre Nachricht. Wir klären das mit {carrier} und melden uns innerhalb von 24 Stunden.",
     "Es tut uns leid wegen des Problems mit Ihrem {product}. Wir haben den vollen Betrag erstattet; Sie sehen ihn in 3-5 Werktagen.",
     "Ihr Paket wurde mit {carrier} verschickt, Sendungsnummer {tracking}.",
     "Könnten Sie uns bitte ein Foto des Artikels und der Verpackung schicken?",
     "Wir haben Ihnen heute kostenlos einen Ersatz geschickt.",
     "Ihre Bestellung wurde storniert, es wird Ihnen nichts berechnet."},
    {"Danke, {buyer}", "Viele Grüße, {buyer}", "Vielen Dank im Voraus."},
    {"Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Sophie", "Paul", "Marie", "Tobias", "Laura",
     "Jan", "Katharina", "Florian", "Julia"},
    {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
     "Richter", "Klein", "Wolf", "Schröder", "Neumann"},
};

const Table kFrench{
    "fr", "FR", true, false,
    {"Bonjour,", "Bonsoir,", "Madame, Monsieur,"},
    {"J'ai commandé le {product} (commande {order}) il y a {days} jours et il n'est toujours pas arrivé. Où est mon colis ?",
     "Le {product} de la commande {order} est arrivé endommagé, le carton était écrasé et une pièce est cassée.",
     "J'ai reçu le mauvais article pour la commande {order} : j'avais commandé le {product} mais j'ai reçu autre chose.",
     "Je souhaite retourner le {product} de la commande {order} et être remboursé, s'il vous plaît.",
     "Merci d'annuler la commande {order}, j'ai commandé le {product} par erreur.",
     "Je me suis trompé d'adresse de livraison pour la commande {order}. Pouvez-vous la modifier avant l'expédition ?",
     "Pourriez-vous m'envoyer une facture avec TVA pour la commande {order} ? J'en ai besoin pour mon entreprise.",
     "Le {product} est-il compatible avec l'ancien modèle ? Je voudrais en acheter {qty}.",
     "La date de livraison prévue pour la commande {order} est dépassée. Elle a maintenant {days} jours de retard.",
     "Merci, le {product} de la commande {order} est arrivé aujourd'hui et fonctionne parfaitement."},
    {"Pouvez-vous me dire quand mon {product} sera expédié ? Le suivi n'a pas changé depuis {days} jours.",
     "Mon {product} est arrivé cassé. J'ai joint des photos des dégâts. Que pouvez-vous faire ?",
     "Ce n'est pas ce que j'ai commandé. La couleur et la taille du {product} ne correspondent pas à l'annonce.",
     "Le {product} ne me va pas. Comment le retourner et quand serai-je remboursé ?",
     "J'ai changé d'avis, puis-je encore annuler avant l'expédition ?",
     "Je déménage la semaine prochaine. Merci d'envoyer le {product} à ma nouvelle adresse.",
     "J'ai besoin d'un reçu pour le {product} pour ma comptabilité, s'il vous plaît.",
     "Le {product} est-il toujours en stock et quel est le délai de livraison vers mon pays ?",
     "Mon colis {carrier} est bloqué en douane. Le numéro de suivi {tracking} ne montre aucune mise à jour.",
     "Super vendeur, livraison rapide et le {product} est conforme à la description. Cinq étoiles !"},
    {"Où est ma commande ?", "Article endommagé", "Mauvais article reçu", "Demande de retour et de remboursement",
     "Annuler ma commande", "Changement d'adresse de livraison", "Demande de facture", "Question sur {product}",
     "Livraison en retard", "Merci"},
    {"Avez-vous du nouveau ?", "Je n'ai toujours pas de réponse. Merci de me répondre.",
     "Merci pour la réponse rapide. Le numéro de suivi est {tracking}.", "J'ai déjà envoyé les photos hier.",
     "D'accord, j'attends encore quelques jours.", "C'est inacceptable, j'ouvrirai un litige si ce n'est pas résolu.",
     "Pouvez-vous envoyer un remplacement plutôt qu'un remboursement ?",
     "{carrier} a livré le colis mais personne n'était à la maison."},
    {"J'en ai besoin avant le week-end.", "C'était un cadeau pour ma fille.", "Je suis client depuis des années.",
     "Le carton a été laissé dehors sous la pluie.", "Merci de répondre le plus vite possible.",
     "Mon numéro de téléphone figure dans les détails de la commande.", "La batterie ne se charge pas du tout.",
     "La notice manque dans le colis.", "J'ai vu un prix moins cher ailleurs.",
     "La fermeture éclair a cassé au bout de deux jours."},
    {"Bonjour {buyer}, merci pour votre message. Nous vérifions auprès de {carrier} et revenons vers vous sous 24 heures.",
     "Nous sommes désolés pour le problème avec votre {product}. Nous avons effectué un remboursement complet, visible sous 3 à 5 jours ouvrés.",
     "Votre colis a été expédié avec {carrier}, numéro de suivi {tracking}.",
     "Pourriez-vous nous envoyer une photo de l'article et de l'emballage ?",
     "Nous vous avons envoyé aujourd'hui un remplacement sans frais.",
     "Votre commande a été annulée et vous ne serez pas débité."},
    {"Merci, {buyer}", "Cordialement, {buyer}", "Merci d'avance."},
    {"Camille", "Louis", "Léa", "Hugo", "Chloé", "Lucas", "Manon", "Théo", "Inès", "Nathan", "Juliette", "Antoine",
     "Céline", "Mathieu", "Élodie", "Julien"},
    {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
     "Laurent", "Lefèvre", "Michel", "Garnier", "Rousseau"},
};

const Table kItalian{
    "it", "IT", true, false,
    {"Ciao,", "Buongiorno,", "Salve,"},
    {"Ho ordinato il {product} (ordine {order}) {days} giorni fa e non è ancora arrivato. Dov'è il mio pacco?",
     "Il {product} dell'ordine {order} è arrivato danneggiato, la scatola era schiacciata e un pezzo è rotto.",
     "Ho ricevuto l'articolo sbagliato per l'ordine {order}: avevo ordinato il {product} ma è arrivato altro.",
     "Vorrei restituire il {product} dell'ordine {order} e ricevere un rimborso, per favore.",
     "Per favore annullate l'ordine {order}, ho ordinato il {product} per errore.",
     "Ho sbagliato l'indirizzo di spedizione dell'ordine {order}. Potete cambiarlo prima della spedizione?",
     "Potreste inviarmi una fattura con IVA per l'ordine {order}? Mi serve per la mia azienda.",
     "Il {product} è compatibile con il modello precedente? Vorrei acquistarne {qty}.",
     "La data di consegna prevista per l'ordine {order} è passata. Ora è in ritardo di {days} giorni.",
     "Grazie, il {product} dell'ordine {order} è arrivato oggi e funziona perfettamente."},
    {"Potete dirmi quando verrà spedito il mio {product}? Il tracciamento non cambia da {days} giorni.",
     "Il mio {product} è arrivato rotto. Allego le foto del danno. Cosa potete fare?",
     "Non è quello che ho ordinato. Il colore e la taglia del {product} sono diversi dall'annuncio.",
     "Il {product} non mi va bene. Come lo restituisco e quando riceverò il rimborso?",
     "Ho cambiato idea, posso ancora annullare prima della spedizione?",
     "Mi trasferisco la prossima settimana. Per favore spedite il {product} al mio nuovo indirizzo.",
     "Mi serve una ricevuta per il {product} per la contabilità, per favore.",
     "Il {product} è ancora disponibile e quanto tempo ci vuole per la consegna nel mio paese?",
     "Il mio pacco con {carrier} è bloccato in dogana. Il numero di tracciamento {tracking} non si aggiorna.",
     "Ottimo venditore, spedizione veloce e il {product} è esattamente come descritto. Cinque stelle!"},
    {"Dov'è il mio ordine?", "Articolo danneggiato", "Articolo sbagliato", "Richiesta di reso e rimborso",
     "Annullare il mio ordine", "Modifica indirizzo di spedizione", "Richiesta fattura", "Domanda su {product}",
     "Consegna in ritardo", "Grazie"},
    {"Ci sono novità?", "Non ho ancora ricevuto risposta. Per favore rispondete.",
     "Grazie per la risposta veloce. Il numero di tracciamento è {tracking}.", "Ho già inviato le foto ieri.",
     "Va bene, aspetto ancora qualche giorno.", "È inaccettabile, aprirò una contestazione se non viene risolto.",
     "Potete inviare una sostituzione invece del rimborso?",
     "{carrier} ha consegnato il pacco ma non c'era nessuno in casa."},
    {"Mi serve prima del fine settimana.", "Era un regalo per mia figlia.", "Sono vostro cliente da anni.",
     "La scatola è stata lasciata fuori sotto la pioggia.", "Per favore rispondete il prima possibile.",
     "Il mio numero di telefono è nei dettagli dell'ordine.", "La batteria non si carica per niente.",
     "Mancano le istruzioni nel pacco.", "Ho visto un prezzo più basso altrove.",
     "La cerniera si è rotta dopo due giorni."},
    {"Ciao {buyer}, grazie per il messaggio. Stiamo verificando con {carrier} e ti risponderemo entro 24 ore.",
     "Ci dispiace per il problema con il tuo {product}. Abbiamo emesso un rimborso completo, visibile in 3-5 giorni lavorativi.",
     "Il tuo pacco è stato spedito con {carrier}, numero di tracciamento {tracking}.",
     "Potresti inviarci una foto dell'articolo e dell'imballaggio?",
     "Oggi ti abbiamo spedito una sostituzione senza alcun costo.",
     "Il tuo ordine è stato annullato e non ti verrà addebitato nulla."},
    {"Grazie, {buyer}", "Cordiali saluti, {buyer}", "Grazie in anticipo."},
    {"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Valentina", "Andrea",
     "Federica", "Lorenzo", "Elisa", "Davide", "Martina", "Simone"},
    {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
     "Gallo", "Conti", "De Luca", "Costa", "Moretti"},
};

const Table kJapanese{
    "ja", "JP", false, true,
    {"こんにちは。", "お世話になっております。", "はじめまして。"},
    {"{days}日前に{product}（注文番号{order}）を注文しましたが、まだ届いていません。荷物はどこにありますか？",
     "注文{order}の{product}が破損した状態で届きました。箱がつぶれていて、部品が一つ壊れています。",
     "注文{order}で違う商品が届きました。{product}を注文したのに、別の物が入っていました。",
     "注文{order}の{product}を返品して返金していただきたいです。",
     "注文{order}をキャンセルしてください。{product}を間違えて注文しました。",
     "注文{order}の配送先住所を間違えました。発送前に変更できますか？",
     "注文{order}の領収書（消費税込み）を送っていただけますか？会社の経費精算に必要です。",
     "{product}は旧モデルと互換性がありますか？{qty}個購入したいです。",
     "注文{order}のお届け予定日を過ぎています。もう{days}日遅れています。",
     "ありがとうございます。注文{order}の{product}が本日届き、問題なく使えています。"},
    {"{product}はいつ発送されますか？追跡情報が{days}日間更新されていません。",
     "{product}が壊れて届きました。破損部分の写真を添付します。対応をお願いします。",
     "注文した物と違います。{product}の色とサイズが商品ページと異なります。",
     "{product}のサイズが合いません。返品方法と返金の時期を教えてください。",
     "気が変わりました。発送前ならまだキャンセルできますか？",
     "来週引っ越します。{product}は新しい住所に送ってください。",
     "経理のために{product}の領収書が必要です。よろしくお願いします。",
     "{product}はまだ在庫がありますか？日本への配送にはどのくらいかかりますか？",
     "{carrier}の荷物が税関で止まっています。追跡番号{tracking}が更新されません。",
     "対応が早く、{product}も説明どおりでした。星五つです！"},
    {"注文した商品が届きません", "商品が破損していました", "違う商品が届きました", "返品・返金のお願い",
     "注文のキャンセル", "配送先の変更", "領収書の発行について", "{product}について質問", "配達の遅れについて",
     "お礼"},
    {"その後いかがでしょうか？", "まだ返信がありません。至急ご対応ください。",
     "早速のご返信ありがとうございます。追跡番号は{tracking}です。", "写真は昨日すでに送りました。",
     "わかりました。あと数日待ちます。", "このままでは納得できません。解決しない場合はケースを開きます。",
     "返金ではなく交換品を送っていただけますか？", "{carrier}が配達しましたが、不在でした。"},
    {"週末までに必要です。", "娘へのプレゼントでした。", "何年も前から利用しています。",
     "箱が雨の中、外に置かれていました。", "できるだけ早く返信してください。", "電話番号は注文の詳細に記載しています。",
     "バッテリーがまったく充電できません。", "説明書が入っていませんでした。", "他の店でもっと安い価格を見ました。",
     "ファスナーが二日で壊れました。"},
    {"{buyer}様、お問い合わせありがとうございます。{carrier}に確認中ですので、24時間以内にご連絡いたします。",
     "{product}の不具合について大変申し訳ございません。全額返金いたしました。3～5営業日で反映されます。",
     "お荷物は{carrier}で発送済みです。追跡番号は{tracking}です。",
     "お手数ですが、商品と梱包の写真を送っていただけますか？", "本日、交換品を無料で発送いたしました。",
     "ご注文はキャンセルされました。料金は請求されません。"},
    {"よろしくお願いします。{buyer}", "{buyer}より", "よろしくお願いいたします。"},
    {"美咲", "翔太", "陽菜", "大翔", "結衣", "蓮", "葵", "悠真", "さくら", "健太", "愛", "拓海", "凛", "颯太", "真由美",
     "直樹"},
    {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
     "松本", "井上"},
};

const Table kChinese{
    "zh", "CN", false, true,
    {"你好，", "您好，", "亲，你好，"},
    {"我{days}天前订购了{product}（订单号{order}），到现在还没有收到。我的包裹在哪里？",
     "订单{order}的{product}到货时已损坏，箱子被压扁了，有一个零件坏了。",
     "订单{order}发错货了：我订的是{product}，收到的却是别的东西。",
     "我想退回订单{order}的{product}并申请退款，谢谢。",
     "请取消订单{order}，我误购了{product}。",
     "订单{order}的收货地址填错了。发货前可以修改吗？",
     "能给我开订单{order}的增值税发票吗？公司报销需要。",
     "{product}和旧款兼容吗？我想买{qty}个。",
     "订单{order}的预计送达日期已经过了，现在已经晚了{days}天。",
     "谢谢，订单{order}的{product}今天收到了，用起来非常好。"},
    {"请问我的{product}什么时候发货？物流信息已经{days}天没有更新了。",
     "我的{product}收到时是坏的。我附上了损坏的照片。你们能怎么处理？",
     "这不是我订的商品。{product}的颜色和尺寸与商品页面不一致。",
     "{product}不合适。请问怎么退货，什么时候能退款？",
     "我改变主意了，发货前还能取消吗？",
     "我下周搬家。请把{product}寄到我的新地址。",
     "我需要{product}的收据用于报账，谢谢。",
     "{product}还有货吗？寄到我所在的国家需要多长时间？",
     "我的{carrier}包裹卡在海关了。运单号{tracking}一直没有更新。",
     "卖家很棒，发货快，{product}和描述的一模一样。五星好评！"},
    {"我的订单在哪里？", "商品到货损坏", "收到错误的商品", "退货退款申请", "取消订单", "修改收货地址", "申请发票",
     "关于{product}的问题", "快递延误", "感谢"},
    {"请问有进展了吗？", "我还没有收到回复，请尽快回答。", "谢谢快速回复。运单号是{tracking}。",
     "照片我昨天已经发过了。", "好的，我再等几天。", "这太过分了，如果不解决我就要投诉。",
     "可以给我补发一个新的，而不是退款吗？", "{carrier}显示已经派送，但家里没有人。"},
    {"我周末之前需要用。", "这是送给我女儿的礼物。", "我是你们的老顾客了。", "箱子被放在外面淋雨了。", "请尽快回复。",
     "我的电话号码在订单详情里。", "电池完全充不进电。", "包裹里没有说明书。", "我在别的店看到更便宜的价格。",
     "拉链用了两天就坏了。"},
    {"{buyer}您好，感谢您的留言。我们正在与{carrier}核实，会在24小时内回复您。",
     "很抱歉您的{product}出现问题。我们已全额退款，3-5个工作日内到账。",
     "您的包裹已通过{carrier}发出，运单号{tracking}。", "麻烦您发一张商品和包装的照片给我们好吗？",
     "我们今天已免费为您补发了新的商品。", "您的订单已取消，不会扣款。"},
    {"谢谢，{buyer}", "{buyer}", "提前谢谢！"},
    {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"},
    {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"},
};

template <std::size_t N>
QStringList toList(const std::array<const char *, N> &items)
{
    QStringList out;
    out.reserve(int(N));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

SyntheticLanguage build(const Table &t)
{
    SyntheticLanguage l;
    l.code = QString::fromLatin1(t.code);
    l.country = QString::fromLatin1(t.country);
    l.spaced = t.spaced;
    l.familyNameFirst = t.familyNameFirst;
    l.greetings = toList(t.greetings);
    l.openingsWithOrder = toList(t.withOrder);
    l.openingsPlain = toList(t.plain);
    l.subjects = toList(t.subjects);
    l.followUps = toList(t.followUps);
    l.details = toList(t.details);
    l.replies = toList(t.replies);
    l.closings = toList(t.closings);
    l.givenNames = toList(t.given);
    l.familyNames = toList(t.family);
    return l;
}

} // namespace

SyntheticVocabulary::SyntheticVocabulary()
{
    for (const Table *t : {&kEnglish, &kSpanish, &kGerman, &kFrench, &kItalian, &kJapanese, &kChinese})
        m_languages << build(*t);
    m_adjectives = QStringList{u"Wireless"_s,   u"Portable"_s,  u"Waterproof"_s, u"Foldable"_s,    u"Rechargeable"_s,
                               u"Vintage"_s,    u"Ergonomic"_s, u"Magnetic"_s,   u"Stainless"_s,   u"Adjustable"_s,
                               u"Compact"_s,    u"Premium"_s,   u"Handmade"_s,   u"Organic"_s,     u"Smart"_s,
                               u"Ultra-Thin"_s, u"Heavy-Duty"_s, u"Minimalist"_s, u"Insulated"_s,  u"Bamboo"_s};
    m_colors = QStringList{u"Black"_s, u"White"_s, u"Navy"_s, u"Rose Gold"_s, u"Olive"_s, u"Grey"_s, u"Red"_s,
                           u"Sky Blue"_s};
    m_nouns = QStringList{u"Bluetooth Speaker"_s, u"Phone Case"_s,    u"Yoga Mat"_s,        u"Coffee Grinder"_s,
                          u"Desk Lamp"_s,         u"Water Bottle"_s,  u"Backpack"_s,        u"Charging Cable"_s,
                          u"Wall Clock"_s,        u"Earrings"_s,      u"Knife Set"_s,       u"Dog Leash"_s,
                          u"Baby Monitor"_s,      u"Car Mount"_s,     u"Hair Dryer"_s,      u"Running Shoes"_s,
                          u"Sunglasses"_s,        u"Keyboard"_s,      u"Throw Pillow"_s,    u"Tea Set"_s,
                          u"Watch Band"_s,        u"Camping Tent"_s,  u"Tablet Stand"_s,    u"Power Bank"_s,
                          u"Silk Scarf"_s,        u"Ceramic Mug"_s,   u"Kitchen Scale"_s,   u"Wall Charger"_s,
                          u"Laptop Sleeve"_s,     u"Necklace"_s};
}

int SyntheticVocabulary::indexOf(const QString &code) const
{
    for (int i = 0; i < m_languages.size(); ++i)
        if (m_languages.at(i).code == code)
            return i;
    return 0;
}

QList<int> SyntheticVocabulary::topicWeights()
{
    // Where-is-my-order dominates real help desks; then returns and pre-sale questions.
    return {24, 10, 7, 14, 6, 4, 5, 14, 10, 6};
}

QString SyntheticVocabulary::topicName(int topic)
{
    static const std::array<QLatin1StringView, TopicCount> names{
        "where-is-my-order"_L1, "damaged"_L1,  "wrong-item"_L1,       "return-refund"_L1, "cancel"_L1,
        "address-change"_L1,    "invoice"_L1,  "product-question"_L1, "late-delivery"_L1, "feedback"_L1};
    return topic >= 0 && topic < TopicCount ? QString(names[std::size_t(topic)]) : QString();
}

} // namespace hd
