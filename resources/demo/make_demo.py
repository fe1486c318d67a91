#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generates demo_workspace.json, the seed a seller sees on first start of HarborDesk.

Deterministic (fixed seed, stdlib only). Texts are hand-written in demo_texts.py; this script picks
them, fills order data in and checks the result. Run:  python3 resources/demo/make_demo.py
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import demo_texts as T  # noqa: E402

SEED = 20261122
rng = random.Random(SEED)
# Shopee order SNs embed a date; they are computed against this fixed "now".
REF_NOW = datetime.datetime(2026, 11, 22, 12, 0, tzinfo=datetime.timezone.utc)
DAY = 1440
OUT = os.path.join(HERE, "demo_workspace.json")

# ------------------------------------------------------------------------------------------------
# Team, channels, tags
# ------------------------------------------------------------------------------------------------
AGENTS = [
    {"name": "Li Wei", "email": "li.wei@lumenloom.example", "role": "supervisor", "languages": ["zh", "en"],
     "skills": ["amazon", "refunds", "escalations", "chargebacks"], "capacity": 20, "timezone": "Asia/Shanghai",
     "teams": ["apac"]},
    {"name": "Chen Jing", "email": "chen.jing@lumenloom.example", "role": "agent", "languages": ["zh", "en"],
     "skills": ["shopee", "tiktok", "ebay", "amazon"], "capacity": 30, "timezone": "Asia/Shanghai",
     "teams": ["apac"]},
    {"name": "Maria Garcia", "email": "maria.garcia@lumenloom.example", "role": "agent", "languages": ["es", "en"],
     "skills": ["amazon", "walmart", "shopify", "returns"], "capacity": 25, "timezone": "Europe/Madrid",
     "teams": ["eu", "americas"]},
    {"name": "Tom Becker", "email": "tom.becker@lumenloom.example", "role": "agent", "languages": ["de", "en"],
     "skills": ["amazon", "ebay", "invoices"], "capacity": 25, "timezone": "Europe/Berlin",
     "teams": ["eu"]},
    {"name": "Yuki Tanaka", "email": "yuki.tanaka@lumenloom.example", "role": "agent", "languages": ["ja", "en"],
     "skills": ["amazon", "instagram", "facebook"], "capacity": 20, "timezone": "Asia/Tokyo",
     "teams": ["apac"]},
]
AG = {a["email"].split("@")[0]: a["email"] for a in AGENTS}
SIG = {  # how each agent signs, per reply language
    "li.wei": {"en": "Li Wei", "zh": "李伟", "ja": "李"},
    "chen.jing": {"en": "Chen Jing", "zh": "陈静", "ja": "陳"},
    "maria.garcia": {"en": "Maria", "ja": "ガルシア"},
    "tom.becker": {"en": "Tom", "ja": "ベッカー"},
    "yuki.tanaka": {"en": "Yuki", "ja": "田中"},
}
AGENT_BY_LANG = {
    "en": [("chen.jing", 3), ("li.wei", 1), ("maria.garcia", 2), ("tom.becker", 1), ("yuki.tanaka", 1)],
    "de": [("tom.becker", 6), ("chen.jing", 1)],
    "es": [("maria.garcia", 6), ("chen.jing", 1)],
    "fr": [("chen.jing", 3), ("tom.becker", 2), ("li.wei", 1)],
    "it": [("maria.garcia", 3), ("chen.jing", 2)],
    "ja": [("yuki.tanaka", 6), ("li.wei", 1)],
    "zh": [("chen.jing", 3), ("li.wei", 2)],
}

CHANNELS = [
    ("amazon-us", "amazon", "Amazon US", "US"), ("amazon-uk", "amazon", "Amazon UK", "UK"),
    ("amazon-de", "amazon", "Amazon DE", "DE"), ("amazon-fr", "amazon", "Amazon FR", "FR"),
    ("amazon-it", "amazon", "Amazon IT", "IT"), ("amazon-es", "amazon", "Amazon ES", "ES"),
    ("amazon-jp", "amazon", "Amazon JP", "JP"),
    ("ebay-us", "ebay", "eBay US", "US"), ("ebay-de", "ebay", "eBay DE", "DE"),
    ("etsy", "etsy", "Etsy", None), ("walmart-us", "walmart", "Walmart US", "US"),
    ("shopify", "shopify", "Shopify store", None),
    ("shopee-sg", "shopee", "Shopee SG", "SG"), ("shopee-my", "shopee", "Shopee MY", "MY"),
    ("tiktok-us", "tiktok", "TikTok Shop US", "US"), ("tiktok-uk", "tiktok", "TikTok Shop UK", "UK"),
    ("email", "email", "Support e-mail", None),
    ("facebook", "facebook", "Facebook Page", None), ("instagram", "instagram", "Instagram", None),
]
KIND = {c[0]: c[1] for c in CHANNELS}
MKT = {c[0]: c[3] for c in CHANNELS}
EMAIL_STYLE = {"amazon", "walmart", "shopify", "email", "ebay", "etsy"}
CHAT = {"shopee", "tiktok", "facebook", "instagram"}

TAGS = ["vip", "refund-requested", "fragile", "repeat-contact", "wholesale", "a-to-z-risk", "gift", "fba",
        "escalated", "customs", "influencer", "replacement-sent"]

# Conversations per channel and buyer language (sums: 337 conversations).
QUOTA = {
    "amazon-us": {"en": 32, "es": 4, "zh": 1}, "amazon-uk": {"en": 17},
    "amazon-de": {"de": 29, "en": 3}, "amazon-fr": {"fr": 18}, "amazon-it": {"it": 17},
    "amazon-es": {"es": 16}, "amazon-jp": {"ja": 23, "en": 1},
    "ebay-us": {"en": 13, "es": 1, "zh": 1}, "ebay-de": {"de": 13},
    "etsy": {"en": 11, "fr": 3, "de": 2, "it": 2, "es": 2}, "walmart-us": {"en": 10, "es": 2},
    "shopify": {"en": 13, "de": 2, "fr": 2, "es": 2, "it": 1, "zh": 1, "ja": 1},
    "shopee-sg": {"en": 7, "zh": 8}, "shopee-my": {"en": 5, "zh": 8},
    "tiktok-us": {"en": 8, "es": 2}, "tiktok-uk": {"en": 6},
    "email": {"en": 7, "zh": 5, "de": 3, "fr": 2, "ja": 2, "it": 1},
    "facebook": {"en": 6, "es": 2, "it": 3, "zh": 3},
    "instagram": {"en": 5, "es": 2, "fr": 3, "it": 3, "ja": 2, "zh": 1},
}

# ------------------------------------------------------------------------------------------------
# Catalogue: sku, category, USD price, titles per language
# ------------------------------------------------------------------------------------------------
P = [
    ("LL-LAMP-01", "lamp", 39.99, "Aurora LED Desk Lamp", "Aurora LED-Schreibtischlampe", "Lampe de bureau LED Aurora", "Lampada da scrivania LED Aurora", "Lámpara de escritorio LED Aurora", "Aurora LEDデスクライト", "Aurora LED 台灯"),
    ("LL-LAMP-02", "lamp", 22.99, "Aurora Mini Clip Lamp", "Aurora Mini-Klemmleuchte", "Mini lampe à pince Aurora", "Mini lampada a pinza Aurora", "Mini lámpara de pinza Aurora", "Aurora ミニクリップライト", "Aurora 迷你夹灯"),
    ("LL-LAMP-03", "lamp", 29.99, "Halo Touch Bedside Lamp", "Halo Nachttischlampe mit Touch", "Lampe de chevet tactile Halo", "Lampada da comodino touch Halo", "Lámpara de mesita táctil Halo", "Halo タッチ式ベッドサイドランプ", "Halo 触控床头灯"),
    ("LL-LAMP-04", "lamp", 45.99, "Beam Monitor Light Bar", "Beam Monitor-Lichtleiste", "Barre lumineuse pour écran Beam", "Barra luminosa per monitor Beam", "Barra de luz para monitor Beam", "Beam モニターライト", "Beam 屏幕挂灯"),
    ("LL-LGT-05", "lamp", 17.99, "Firefly Fairy Lights 10 m", "Firefly Lichterkette 10 m", "Guirlande lumineuse Firefly 10 m", "Catena luminosa Firefly 10 m", "Guirnalda de luces Firefly 10 m", "Firefly LEDストリングライト 10m", "Firefly 串灯 10米"),
    ("LL-LGT-06", "lamp", 49.99, "Dawn Sunrise Alarm Clock", "Dawn Lichtwecker", "Réveil simulateur d'aube Dawn", "Sveglia luce alba Dawn", "Despertador de luz Dawn", "Dawn 光目覚まし時計", "Dawn 日出唤醒灯"),
    ("LL-MUG-01", "ceramic", 16.99, "Stoneware Mug 350 ml - Sand", "Steinguttasse 350 ml - Sand", "Mug en grès 350 ml - Sable", "Tazza in gres 350 ml - Sabbia", "Taza de gres 350 ml - Arena", "ストーンウェア マグカップ 350ml サンド", "炻瓷马克杯 350ml 沙色"),
    ("LL-MUG-02", "ceramic", 54.99, "Stoneware Mug Set of 4 - Mixed Glazes", "Steinguttassen 4er-Set - gemischte Glasuren", "Lot de 4 mugs en grès - émaux assortis", "Set 4 tazze in gres - smalti assortiti", "Set de 4 tazas de gres - esmaltes variados", "ストーンウェア マグカップ 4個セット", "炻瓷马克杯四件套"),
    ("LL-MUG-03", "ceramic", 19.99, "Speckled Espresso Cups, Set of 2", "Gesprenkelte Espressotassen, 2er-Set", "Tasses à expresso mouchetées, lot de 2", "Tazzine da caffè maculate, set da 2", "Tazas de espresso moteadas, set de 2", "スペックル エスプレッソカップ 2個セット", "斑点釉浓缩咖啡杯 两只装"),
    ("LL-CER-04", "ceramic", 24.99, "Ceramic Pour-Over Coffee Dripper", "Keramik-Kaffeefilter Pour-Over", "Dripper à café en céramique", "Dripper per caffè in ceramica", "Cafetera de goteo de cerámica", "セラミック コーヒードリッパー", "陶瓷手冲咖啡滤杯"),
    ("LL-CER-05", "ceramic", 18.99, "Ceramic Planter with Saucer - Small", "Keramik-Übertopf mit Untersetzer - klein", "Cache-pot en céramique avec soucoupe - petit", "Vaso in ceramica con sottovaso - piccolo", "Maceta de cerámica con plato - pequeña", "セラミック プランター 受け皿付き S", "陶瓷花盆（带托盘）小号"),
    ("LL-LIN-01", "linen", 119.00, "Washed Linen Duvet Cover - Queen", "Bettbezug aus gewaschenem Leinen 200x200 cm", "Housse de couette en lin lavé 200x200 cm", "Copripiumino in lino lavato 200x200 cm", "Funda nórdica de lino lavado 200x200 cm", "リネン 掛け布団カバー ダブル", "水洗亚麻被套 双人"),
    ("LL-LIN-02", "linen", 139.00, "Washed Linen Duvet Cover - King", "Bettbezug aus gewaschenem Leinen 240x220 cm", "Housse de couette en lin lavé 240x220 cm", "Copripiumino in lino lavato 240x220 cm", "Funda nórdica de lino lavado 240x220 cm", "リネン 掛け布団カバー キング", "水洗亚麻被套 特大"),
    ("LL-LIN-03", "linen", 39.99, "Linen Pillowcases, Pair", "Leinen-Kissenbezüge, 2er-Set", "Taies d'oreiller en lin, lot de 2", "Federe in lino, set da 2", "Fundas de almohada de lino, pack de 2", "リネン ピローケース 2枚組", "亚麻枕套 两只装"),
    ("LL-LIN-04", "linen", 69.99, "Linen Fitted Sheet - Queen", "Leinen-Spannbettlaken 180x200 cm", "Drap-housse en lin 160x200 cm", "Lenzuolo con angoli in lino 160x200 cm", "Sábana bajera de lino 150x190 cm", "リネン ボックスシーツ ダブル", "亚麻床笠 双人"),
    ("LL-LIN-05", "linen", 24.99, "Linen Tea Towels, Set of 3", "Leinen-Geschirrtücher, 3er-Set", "Torchons en lin, lot de 3", "Canovacci in lino, set da 3", "Paños de cocina de lino, set de 3", "リネン キッチンクロス 3枚組", "亚麻擦碗布 三条装"),
    ("LL-LIN-06", "linen", 29.99, "Linen Table Runner 40 x 180 cm", "Leinen-Tischläufer 40x180 cm", "Chemin de table en lin 40x180 cm", "Runner da tavola in lino 40x180 cm", "Camino de mesa de lino 40x180 cm", "リネン テーブルランナー", "亚麻桌旗"),
    ("LL-THR-07", "linen", 59.99, "Waffle Cotton Throw Blanket", "Waffelpiqué-Decke aus Baumwolle", "Plaid en coton nid d'abeille", "Plaid in cotone a nido d'ape", "Manta de algodón tipo gofre", "ワッフル コットンブランケット", "华夫格棉质盖毯"),
    ("LL-STD-01", "desk", 19.99, "Aluminium Phone Stand, Adjustable", "Verstellbarer Handyständer aus Aluminium", "Support de téléphone réglable en aluminium", "Supporto per smartphone regolabile in alluminio", "Soporte de móvil ajustable de aluminio", "アルミ製 スマホスタンド 角度調整", "铝合金可调节手机支架"),
    ("LL-STD-02", "desk", 24.99, "Foldable Tablet Stand", "Faltbarer Tablet-Ständer", "Support de tablette pliable", "Supporto per tablet pieghevole", "Soporte plegable para tablet", "折りたたみ タブレットスタンド", "折叠平板支架"),
    ("LL-CHG-03", "power", 44.99, "Walnut Wireless Charging Stand 15 W", "Kabellose Ladestation aus Walnussholz 15 W", "Support de charge sans fil en noyer 15 W", "Supporto di ricarica wireless in noce 15 W", "Soporte de carga inalámbrica de nogal 15 W", "ウォールナット ワイヤレス充電スタンド 15W", "胡桃木无线充电支架 15W"),
    ("LL-CHG-04", "power", 59.99, "3-in-1 Charging Dock", "3-in-1 Ladestation", "Station de charge 3 en 1", "Base di ricarica 3 in 1", "Base de carga 3 en 1", "3in1 充電ドック", "三合一充电座"),
    ("LL-CBL-05", "power", 14.99, "Braided USB-C Cable 2 m, 2-Pack", "Geflochtenes USB-C-Kabel 2 m, 2er-Pack", "Câble USB-C tressé 2 m, lot de 2", "Cavo USB-C intrecciato 2 m, confezione da 2", "Cable USB-C trenzado 2 m, pack de 2", "USB-C 編み込みケーブル 2m 2本セット", "编织 USB-C 数据线 2米 两条装"),
    ("LL-DSK-06", "desk", 27.99, "Wool Felt Desk Mat", "Schreibtischunterlage aus Wollfilz", "Sous-main en feutre de laine", "Tappetino da scrivania in feltro di lana", "Alfombrilla de escritorio de fieltro de lana", "ウールフェルト デスクマット", "羊毛毡桌垫"),
    ("LL-DSK-07", "desk", 21.99, "Cable Organizer Box", "Kabelbox", "Boîte de rangement pour câbles", "Scatola nascondi cavi", "Caja organizadora de cables", "ケーブル収納ボックス", "理线收纳盒"),
    ("LL-ADP-01", "power", 34.99, "Universal Travel Adapter with 65 W USB-C", "Universal-Reiseadapter mit 65 W USB-C", "Adaptateur de voyage universel USB-C 65 W", "Adattatore da viaggio universale USB-C 65 W", "Adaptador de viaje universal con USB-C 65 W", "ユニバーサル 変換プラグ USB-C 65W", "全球通用转换插头 65W USB-C"),
    ("LL-ADP-02", "power", 12.99, "EU to UK Plug Adapter, 2-Pack", "Reisestecker EU auf UK, 2er-Pack", "Adaptateur prise UE vers UK, lot de 2", "Adattatore presa UE-UK, confezione da 2", "Adaptador de enchufe UE a UK, pack de 2", "EU→UK 変換プラグ 2個セット", "欧标转英标插头 两只装"),
    ("LL-PWR-03", "power", 32.99, "Slim Power Bank 10,000 mAh", "Slim Powerbank 10.000 mAh", "Batterie externe fine 10 000 mAh", "Power bank sottile 10.000 mAh", "Batería externa fina 10.000 mAh", "薄型モバイルバッテリー 10000mAh", "超薄充电宝 10000mAh"),
    ("LL-TRV-04", "home", 29.99, "Packing Cubes, Set of 6", "Packwürfel, 6er-Set", "Cubes de rangement pour valise, lot de 6", "Organizer da valigia, set da 6", "Organizadores de maleta, set de 6", "トラベル 圧縮ポーチ 6点セット", "旅行收纳袋六件套"),
    ("LL-YOG-01", "yoga", 64.99, "Cork Yoga Mat 4 mm", "Kork-Yogamatte 4 mm", "Tapis de yoga en liège 4 mm", "Tappetino yoga in sughero 4 mm", "Esterilla de yoga de corcho 4 mm", "コルク ヨガマット 4mm", "软木瑜伽垫 4mm"),
    ("LL-YOG-02", "yoga", 74.99, "Natural Rubber Yoga Mat 6 mm", "Naturkautschuk-Yogamatte 6 mm", "Tapis de yoga en caoutchouc naturel 6 mm", "Tappetino yoga in gomma naturale 6 mm", "Esterilla de yoga de caucho natural 6 mm", "天然ゴム ヨガマット 6mm", "天然橡胶瑜伽垫 6mm"),
    ("LL-YOG-03", "yoga", 24.99, "Cork Yoga Blocks, Set of 2", "Yogablöcke aus Kork, 2er-Set", "Briques de yoga en liège, lot de 2", "Mattoncini yoga in sughero, set da 2", "Bloques de yoga de corcho, set de 2", "コルク ヨガブロック 2個セット", "软木瑜伽砖 两块装"),
    ("LL-YOG-04", "yoga", 11.99, "Cotton Yoga Strap 2.5 m", "Yogagurt aus Baumwolle 2,5 m", "Sangle de yoga en coton 2,5 m", "Cinghia yoga in cotone 2,5 m", "Cinturón de yoga de algodón 2,5 m", "コットン ヨガストラップ 2.5m", "棉质瑜伽伸展带 2.5米"),
    ("LL-ARO-05", "home", 36.99, "Ultrasonic Aroma Diffuser 300 ml", "Ultraschall-Aromadiffuser 300 ml", "Diffuseur d'huiles essentielles à ultrasons 300 ml", "Diffusore di aromi a ultrasuoni 300 ml", "Difusor de aromas ultrasónico 300 ml", "超音波 アロマディフューザー 300ml", "超声波香薰机 300ml"),
    ("LL-CAN-06", "home", 22.99, "Soy Candle - Cedar & Fig", "Sojawachskerze - Zeder & Feige", "Bougie de soja - Cèdre & Figue", "Candela di soia - Cedro e Fico", "Vela de soja - Cedro e Higo", "ソイキャンドル シダー＆フィグ", "大豆蜡香薰蜡烛 雪松无花果"),
    ("LL-HOM-01", "home", 26.99, "Glass Storage Jars with Bamboo Lids, Set of 3", "Vorratsgläser mit Bambusdeckel, 3er-Set", "Bocaux en verre avec couvercle en bambou, lot de 3", "Barattoli in vetro con coperchio in bambù, set da 3", "Tarros de cristal con tapa de bambú, set de 3", "竹蓋付き ガラス保存容器 3個セット", "竹盖玻璃储物罐 三件套"),
    ("LL-HOM-02", "home", 29.99, "Bamboo Bath Mat", "Badematte aus Bambus", "Tapis de bain en bambou", "Tappetino da bagno in bambù", "Alfombrilla de baño de bambú", "竹製 バスマット", "竹制浴室地垫"),
    ("LL-HOM-03", "home", 34.99, "Silent Wall Clock 30 cm", "Lautlose Wanduhr 30 cm", "Horloge murale silencieuse 30 cm", "Orologio da parete silenzioso 30 cm", "Reloj de pared silencioso 30 cm", "静音 掛け時計 30cm", "静音挂钟 30厘米"),
    ("LL-HOM-04", "linen", 39.99, "Linen Laundry Hamper", "Wäschekorb aus Leinen", "Panier à linge en lin", "Cesto portabiancheria in lino", "Cesto para la ropa de lino", "リネン ランドリーバスケット", "亚麻脏衣篮"),
    ("LL-HOM-05", "power", 21.99, "Mini Smart Plug, 2-Pack", "Mini-WLAN-Steckdose, 2er-Pack", "Mini prise connectée, lot de 2", "Mini presa smart, confezione da 2", "Mini enchufe inteligente, pack de 2", "ミニ スマートプラグ 2個セット", "迷你智能插座 两只装"),
    ("LL-HOM-06", "home", 19.99, "Digital Kitchen Scale", "Digitale Küchenwaage", "Balance de cuisine numérique", "Bilancia da cucina digitale", "Báscula de cocina digital", "デジタル キッチンスケール", "电子厨房秤"),
]
LANGS = ["en", "de", "fr", "it", "es", "ja", "zh"]
PRODUCTS = {p[0]: {"sku": p[0], "group": p[1], "usd": p[2], "title": dict(zip(LANGS, p[3:]))} for p in P}
CATS = {
    "desklamp": ["LL-LAMP-01", "LL-LAMP-02", "LL-LAMP-03", "LL-LAMP-04"],
    "mug": ["LL-MUG-01", "LL-MUG-02", "LL-MUG-03"],
    "duvet": ["LL-LIN-01", "LL-LIN-02"],
    "linen": ["LL-LIN-01", "LL-LIN-02", "LL-LIN-03", "LL-LIN-04", "LL-THR-07"],
    "adapter": ["LL-ADP-01", "LL-ADP-02"],
    "charger": ["LL-CHG-03", "LL-CHG-04"],
    "mat": ["LL-YOG-01", "LL-YOG-02"],
    "aroma": ["LL-ARO-05"],
    "notowel": [s for s in PRODUCTS if s != "LL-LIN-05"],
}
GROUP_WEIGHT = {  # what sells where
    "amazon": {"lamp": 4, "ceramic": 3, "linen": 3, "desk": 3, "power": 4, "home": 2, "yoga": 2},
    "ebay": {"lamp": 3, "ceramic": 1, "linen": 1, "desk": 3, "power": 5, "home": 2, "yoga": 1},
    "etsy": {"lamp": 1, "ceramic": 6, "linen": 6, "desk": 1, "power": 0, "home": 3, "yoga": 1},
    "walmart": {"lamp": 3, "ceramic": 2, "linen": 2, "desk": 3, "power": 4, "home": 3, "yoga": 2},
    "shopify": {"lamp": 3, "ceramic": 4, "linen": 5, "desk": 2, "power": 1, "home": 3, "yoga": 3},
    "shopee": {"lamp": 4, "ceramic": 2, "linen": 1, "desk": 4, "power": 5, "home": 2, "yoga": 2},
    "tiktok": {"lamp": 5, "ceramic": 2, "linen": 1, "desk": 3, "power": 4, "home": 3, "yoga": 2},
}

# ------------------------------------------------------------------------------------------------
# Countries: currency, postcodes, e-mail domain
# ------------------------------------------------------------------------------------------------
COUNTRY = {
    "US": ("USD", ["10001", "94107", "60614", "98103", "78704", "30307", "02139", "80205", "97214", "33139", "55408", "19103", "92101", "85004", "37203", "27601", "64108", "48226"], "example.com"),
    "GB": ("GBP", ["SW1A 2AA", "M4 1HN", "EH3 9DR", "BS1 5TR", "LS6 2AB", "N1 7GU", "CF10 1EP", "B15 2TT", "G12 8QQ", "NE1 4ST", "BN1 1AE", "OX1 3BG"], "example.co.uk"),
    "CA": ("CAD", ["M5V 2T6", "V6B 1A1", "H2X 1Y4", "T2P 0B3"], "example.ca"),
    "AU": ("AUD", ["2000", "3000", "4000", "6000"], "example.com.au"),
    "IE": ("EUR", ["D02 X285", "T12 R6PX"], "example.ie"),
    "DE": ("EUR", ["10115", "80331", "50667", "20095", "60311", "70173", "04109", "01067", "28195", "90402", "48143", "10437", "12047", "81667", "22765", "40210", "30159", "69117"], "example.de"),
    "AT": ("EUR", ["1010", "1070", "8010", "5020"], "example.at"),
    "CH": ("CHF", ["8001", "3011", "4051"], "example.ch"),
    "FR": ("EUR", ["75011", "69002", "13001", "31000", "33000", "44000", "59000", "67000", "06000", "75018", "35000", "34000"], "example.fr"),
    "BE": ("EUR", ["1050", "1000", "4000"], "example.be"),
    "IT": ("EUR", ["20121", "00184", "10121", "40121", "50122", "80133", "35121", "16121", "90133", "09124", "37121", "20143"], "example.it"),
    "ES": ("EUR", ["28013", "08001", "46001", "41001", "48001", "29001", "50001", "28045", "08012", "15001"], "example.es"),
    "MX": ("MXN", ["06700", "44100", "64000"], "example.com.mx"),
    "JP": ("JPY", ["150-0001", "530-0001", "060-0001", "812-0011", "460-0008", "980-0021", "220-0012", "604-8001", "160-0022", "550-0014", "730-0011", "154-0004"], "example.jp"),
    "SG": ("SGD", ["238858", "049315", "529510", "760123", "310145", "560405", "650230", "089057", "128420", "470710"], "example.sg"),
    "MY": ("MYR", ["50450", "47800", "10200", "81300", "93350", "88000", "40150", "53300", "47301", "31400"], "example.com.my"),
    "CN": ("USD", ["200040", "100020", "518000", "310000", "510620"], "example.cn"),
}
CUR = {"USD": ("$", 1.0, 2), "EUR": ("€", 0.95, 2), "GBP": ("£", 0.82, 2), "JPY": ("¥", 150.0, 0),
       "SGD": ("S$", 1.36, 2), "MYR": ("RM", 4.6, 2), "CAD": ("CA$", 1.37, 2), "AUD": ("A$", 1.52, 2),
       "CHF": ("CHF", 0.88, 2), "MXN": ("MX$", 17.5, 2)}

# ------------------------------------------------------------------------------------------------
# Names (gendered where the reply salutation needs it)
# ------------------------------------------------------------------------------------------------
N = {
    "us_f": "Emily Jessica Ashley Sarah Megan Lauren Rachel Brittany Hannah Olivia Madison Kayla Amanda Nicole Samantha Chloe Grace Abigail Taylor Jasmine Danielle Heather Courtney Kimberly Melissa Stephanie Alyssa Brianna Kelsey Natalie".split(),
    "us_m": "Michael Chris Jason Tyler Brandon Justin Kevin Ryan Kyle Marcus Derek Travis Austin Jordan Nathan Logan Ethan Caleb Dylan Trevor Greg Scott Aaron Jeremy Cody Brian Sean Eric Dustin Mark".split(),
    "us_l": "Johnson Miller Davis Wilson Anderson Thompson Martin Moore Jackson White Harris Clark Lewis Walker Hall Young King Wright Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Reed Bailey Cooper Richardson Howard Ward Peterson Gray Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Butler Simmons Foster Bryant Russell Griffin Hayes Myers Ford Hamilton Graham Sullivan Wallace Cole West Owens Reynolds Fisher Ellis Harrison Gibson McDonald Marshall".split(),
    "uk_f": "Charlotte Amelia Sophie Emma Holly Lucy Ellie Georgia Rebecca Katie Bethany Zoe Imogen Harriet Freya Eleanor Niamh Abbie".split(),
    "uk_m": "Oliver Harry George James Jack Callum Liam Joe Ben Alfie Rhys Owen Tom Dan Stuart Gareth Jamie Connor".split(),
    "uk_l": "Smith Jones Williams Taylor Brown Davies Evans Thomas Roberts Robinson Wood Watson Wright Green Cooper Lee Clarke James Morgan Hughes Edwards Hill Moore Scott Morris Ward Turner Patel Khan O'Brien Fletcher Pearson Hargreaves Marsh Lloyd Barker Holmes Doyle Walsh Quinn".split(),
    "de_f": "Lena Anna Laura Julia Sarah Katharina Lisa Sabine Claudia Petra Monika Susanne Jana Miriam Franziska Nicole Stefanie Andrea Birgit Melanie Johanna Carina Ute Heike Anja Kerstin".split(),
    "de_m": "Lukas Jonas Felix Maximilian Tobias Florian Stefan Thomas Michael Andreas Markus Jürgen Uwe Matthias Sebastian Daniel Patrick Dominik Timo Jan Christian Ralf Dirk Klaus Henrik Moritz".split(),
    "de_l": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Schmitt Werner Krause Meier Lehmann Schulze Maier Köhler Herrmann König Walter Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Lorenz Baumann Franke Albrecht Ludwig Winter Kraus Vogt Stein Jäger Sommer Seidel Brandt Haas Graf Dietrich Ziegler Kühn Engel Horn Busch Bergmann Sauer Arnold Wolff Pfeiffer".split(),
    "fr_f": "Camille Manon Léa Chloé Julie Marine Pauline Émilie Claire Sophie Nathalie Isabelle Céline Aurélie Élodie Margaux Inès Lucie Anaïs Mathilde".split(),
    "fr_m": "Thomas Nicolas Julien Maxime Antoine Alexandre Kévin Romain Guillaume Pierre Mathieu Sébastien Olivier Laurent Hugo Théo Lucas Benoît Yann Quentin".split(),
    "fr_l": "Martin Bernard Dubois Durand Lefebvre Leroy Moreau Simon Laurent Lefèvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Clément Gauthier Dumont Fontaine Chevalier Robin Masson Boyer Denis Lemaire Duval Joly Roche Roy Noël Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Renard Arnaud Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Lacroix Fabre Dupuis Hubert Rivière Le Gall".split(),
    "it_f": "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elena Silvia Paola Laura Roberta Elisa Serena Ilaria Beatrice Giorgia".split(),
    "it_m": "Marco Luca Andrea Matteo Alessandro Davide Francesco Simone Lorenzo Stefano Giuseppe Antonio Riccardo Fabio Paolo Gabriele Daniele Nicola".split(),
    "it_l": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Conte Fabbri Bianco Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini Palumbo Sanna Farina Monti Cattaneo Morelli Amato Silvestri Mazza Testa".split(),
    "es_f": "Lucía María Paula Laura Marta Andrea Sara Carmen Ana Elena Cristina Raquel Nerea Alba Irene Patricia Noelia Rocío".split(),
    "es_m": "Javier Alejandro Daniel Pablo David Sergio Carlos Álvaro Adrián Jorge Raúl Iván Rubén Diego Óscar Manuel Miguel Víctor".split(),
    "es_l": "Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Calvo Gallego Vidal León Herrera Peña Cabrera Campos Vega Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual Herrero Montero Hidalgo Ibáñez Ferrer Durán Benítez Mora Vicente Arias Crespo Pastor Soto Sáez Velasco Soler Parra Esteban Bravo".split(),
    "lat_f": "Guadalupe Daniela Valeria Ximena Fernanda Gabriela Alejandra Yesenia Mariana Karla Araceli Itzel".split(),
    "lat_m": "José Luis Jesús Eduardo Fernando Ricardo Héctor Emiliano Juan Carlos Arturo Rodrigo".split(),
    "lat_l": "Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Mendoza Ruiz Álvarez Castillo Jiménez Vásquez Romero Herrera Medina Aguilar Vargas Guzmán Salazar Contreras Delgado Estrada".split(),
}
JA_L = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"), ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("林", "Hayashi"), ("斎藤", "Saito"), ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("森", "Mori"), ("池田", "Ikeda"), ("橋本", "Hashimoto"), ("阿部", "Abe"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("藤田", "Fujita"), ("小川", "Ogawa"), ("岡田", "Okada"), ("後藤", "Goto"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("近藤", "Kondo"), ("石井", "Ishii"), ("坂本", "Sakamoto"), ("遠藤", "Endo"), ("青木", "Aoki"), ("藤井", "Fujii"), ("西村", "Nishimura")]
JA_F = [("美咲", "Misaki"), ("陽菜", "Hina"), ("結衣", "Yui"), ("さくら", "Sakura"), ("愛", "Ai"), ("彩", "Aya"), ("真由美", "Mayumi"), ("恵子", "Keiko"), ("由美子", "Yumiko"), ("千尋", "Chihiro"), ("奈々", "Nana"), ("麻衣", "Mai"), ("香織", "Kaori"), ("優子", "Yuko"), ("明美", "Akemi"),
        ("翔太", "Shota"), ("大輔", "Daisuke"), ("健太", "Kenta"), ("拓也", "Takuya"), ("直樹", "Naoki"), ("誠", "Makoto"), ("浩二", "Koji"), ("亮", "Ryo"), ("悠斗", "Yuto"), ("和也", "Kazuya"), ("隆", "Takashi"), ("翼", "Tsubasa"), ("蓮", "Ren"), ("達也", "Tatsuya"), ("修", "Osamu")]
ZH_L = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo")]
ZH_F = [("磊", "Lei"), ("敏", "Min"), ("丽", "Li"), ("强", "Qiang"), ("芳", "Fang"), ("娜", "Na"), ("秀英", "Xiuying"), ("婷婷", "Tingting"), ("浩然", "Haoran"), ("子涵", "Zihan"), ("欣怡", "Xinyi"), ("宇轩", "Yuxuan"), ("俊杰", "Junjie"), ("晓明", "Xiaoming"), ("雪", "Xue"), ("佳怡", "Jiayi"), ("志强", "Zhiqiang"), ("梦琪", "Mengqi"), ("思远", "Siyuan"), ("雨桐", "Yutong")]
SEA_ZH_L = "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Leong Loh Foo Khoo Cheah Yap Liew Chin Lau".split()
SEA_ZH_F = ["Mei Ling", "Wei Jie", "Jia Hui", "Xin Yi", "Zhi Hao", "Hui Min", "Kai Wen", "Shu Fen", "Jun Wei", "Li Ting", "Yong Sheng", "Pei Shan", "Jia Jun", "Siew Lan", "Chee Keong", "Mun Yee", "Wai Kit", "Kar Mun", "Zi Xuan", "Yi Ling"]
SEA_EN = [("Nurul Aisyah", "Rahman"), ("Muhammad Hafiz", "Ismail"), ("Priya", "Nair"), ("Arjun", "Pillai"), ("Daniel", "Tan"), ("Rachel", "Lim"), ("Kelvin", "Ng"), ("Sharon", "Goh"), ("Ryan", "Teo"), ("Amanda", "Chua"), ("Jeremy", "Koh"), ("Divya", "Menon"), ("Farah", "Aziz"), ("Hakim", "Yusof"), ("Clarissa", "Wong"), ("Marcus", "Lee"), ("Jolene", "Ong"), ("Bryan", "Chia"), ("Vanessa", "Low"), ("Ahmad Firdaus", "Hamid"), ("Kavitha", "Subramaniam"), ("Jasmine", "Yeo"), ("Siti Nurhaliza", "Osman"), ("Aaron", "Loh"), ("Nicole", "Tay")]


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("'", "")
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def alnum_upper(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


# ------------------------------------------------------------------------------------------------
# Customers
# ------------------------------------------------------------------------------------------------
customers = []
used_names = set()
used_emails = set()
handles = {}  # (customer key, channel) -> handle


def make_name(lang, country):
    """Returns (display name, first, last, gender, romanised first, romanised last)."""
    for _ in range(200):
        g = pick("fm")
        if lang == "ja":
            (lk, lr), (fk, fr) = pick(JA_L), pick(JA_F[:15] if g == "f" else JA_F[15:])
            res = (f"{lk} {fk}", fk, lk, g, fr, lr)
        elif lang == "zh" and country in ("SG", "MY"):
            l, f = pick(SEA_ZH_L), pick(SEA_ZH_F)
            res = (f"{l} {f}", f, l, None, f, l)
        elif lang == "zh":
            (lk, lr), (fk, fr) = pick(ZH_L), pick(ZH_F)
            res = (f"{lk}{fk}", fk, lk, None, fr, lr)
        elif lang == "en" and country in ("SG", "MY"):
            f, l = pick(SEA_EN)
            res = (f"{f} {l}", f, l, None, f, l)
        elif lang == "en":
            pre = "uk" if country in ("GB", "IE") else "us"
            if country not in ("GB", "IE", "US") and rng.random() < 0.5:
                pre = "uk"
            f = pick(N[f"{pre}_{g}"])
            l = pick(N[f"{pre}_l"] + (N["us_l"] if pre == "uk" and rng.random() < 0.3 else []))
            res = (f"{f} {l}", f, l, g, f, l)
        elif lang == "es" and country in ("US", "MX"):
            f, l = pick(N[f"lat_{g}"]), pick(N["lat_l"])
            res = (f"{f} {l}", f, l, g, f, l)
        elif lang == "es":
            f, l, l2 = pick(N[f"es_{g}"]), pick(N["es_l"]), pick(N["es_l"])
            last = f"{l} {l2}" if rng.random() < 0.6 and l != l2 else l
            res = (f"{f} {last}", f, last, g, f, last)
        else:
            f, l = pick(N[f"{lang}_{g}"]), pick(N[f"{lang}_l"])
            res = (f"{f} {l}", f, l, g, f, l)
        if res[0] not in used_names:
            used_names.add(res[0])
            return res
    raise RuntimeError("name pool exhausted")


def make_email(fr, lr, country):
    dom = COUNTRY[country][2]
    f, l = ascii_fold(fr).lower().replace(" ", ""), ascii_fold(lr).lower().replace(" ", "")
    for _ in range(50):
        pat = rng.randrange(6)
        local = [f"{f}.{l}", f"{f}{l}{rng.randrange(70, 100)}", f"{f[0]}.{l}", f"{f}_{l[0]}", f"{l}.{f}", f"{f}{rng.randrange(1, 999)}"][pat]
        e = f"{local}@{dom}"
        if e not in used_emails:
            used_emails.add(e)
            return e
    raise RuntimeError("email")


def new_customer(lang, country):
    name, first, last, g, fr, lr = make_name(lang, country)
    c = {"key": f"c{len(customers) + 1:03d}", "name": name, "email": make_email(fr, lr, country),
         "country": country, "language": lang, "postcode": pick(COUNTRY[country][1])}
    customers.append(c)
    c["_first"], c["_last"], c["_g"], c["_rf"], c["_rl"] = first, last, g, fr, lr
    return c


def country_for(ch, lang):
    k = KIND[ch]
    fixed = {"amazon-us": "US", "amazon-uk": "GB", "amazon-fr": "FR", "amazon-it": "IT", "amazon-es": "ES",
             "amazon-jp": "JP", "ebay-us": "US", "walmart-us": "US", "shopee-sg": "SG", "shopee-my": "MY",
             "tiktok-us": "US", "tiktok-uk": "GB"}
    if ch in fixed:
        return fixed[ch]
    if ch in ("amazon-de", "ebay-de"):
        return wpick([("DE", 9), ("AT", 1)])
    opts = {
        "en": [("US", 6), ("GB", 3), ("CA", 1), ("AU", 1)] + ([("SG", 1)] if k == "facebook" else []) + ([("IE", 1)] if k == "email" else []),
        "de": [("DE", 7), ("AT", 2), ("CH", 1)], "fr": [("FR", 8), ("BE", 2)], "it": [("IT", 1)],
        "es": [("ES", 7), ("MX", 3)], "ja": [("JP", 1)],
        "zh": [("SG", 3), ("MY", 3), ("CN", 2), ("US", 1)] if k in ("email", "facebook", "instagram") else [("US", 2), ("CA", 1)],
    }[lang]
    return wpick(opts)


def handle_for(c, ch):
    key = (c["key"], ch)
    if key in handles:
        return handles[key]
    k = KIND[ch]
    f, l = ascii_fold(c["_rf"]).lower().replace(" ", ""), ascii_fold(c["_rl"]).lower().replace(" ", "")
    if k == "amazon":
        tld = {"US": "com", "UK": "co.uk", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "JP": "co.jp"}[MKT[ch]]
        h = "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15)) + f"@marketplace.amazon.{tld}"
    elif k == "walmart":
        h = "".join(pick("0123456789abcdef") for _ in range(16)) + "@relay.walmart.com"
    elif k in ("email", "shopify"):
        h = c["email"]
    elif k == "ebay":
        h = pick([f"{f}_{l[0]}-{rng.randrange(2009, 2024)}", f"{f}{l}{rng.randrange(10, 99)}", f"{l}.{f[0]}{rng.randrange(1, 9)}", f"{f[:4]}{l[:4]}_{rng.randrange(100, 999)}"])
    elif k == "etsy":
        h = pick([f"{f.capitalize()}{l.capitalize()}{rng.randrange(1, 99)}", f"{f}{l[0]}{rng.randrange(80, 99)}", f"{f}{l[:3]}{rng.randrange(10, 99)}"])
    elif k == "shopee":
        h = pick([f"{f}.{l}{rng.randrange(80, 99)}", f"{l[0]}{f}_{rng.randrange(1, 999)}", f"{f}{l}.sg" if MKT[ch] == "SG" else f"{f}{l}.my", f"{f[:3]}_{l}{rng.randrange(10, 99)}"])
    elif k == "tiktok":
        h = pick([f"{f}.{l[0]}{rng.randrange(10, 99)}", f"{f}_home_{rng.randrange(1, 99)}", f"{f}{l}official", f"its.{f}.{l[:3]}"])
    elif k == "facebook":
        h = str(rng.randrange(2, 8)) + digits(15)
    else:  # instagram
        h = "@" + pick([f"{f}.{l}", f"{f}_{l[0]}.home", f"the.{f}.{l[:4]}", f"{f}{l}_{rng.randrange(1, 99)}", f"{f}.at.home"])
    handles[key] = h
    return h


# ------------------------------------------------------------------------------------------------
# Text entries
# ------------------------------------------------------------------------------------------------
ENTRY_RE = re.compile(r"^([-0+])((?:\[[^\]]*\])*)\s+(.*)$", re.S)
SENT = {"-": "negative", "0": "neutral", "+": "positive"}


def parse_entry(s, lang, intent, idx):
    m = ENTRY_RE.match(s)
    assert m, s
    e = {"id": (lang, intent, idx), "sentiment": SENT[m.group(1)], "cat": None, "channels": None, "status": None,
         "noorder": False, "tags": [], "used": 0}
    for tok in re.findall(r"\[([^\]]+)\]", m.group(2)):
        if tok.startswith("@"):
            e["channels"] = set(tok[1:].split(","))
        elif tok.startswith("="):
            e["status"] = tok[1:]
        elif tok.startswith("#"):
            e["tags"].append(tok[1:])
        elif tok == "noorder":
            e["noorder"] = True
        else:
            assert tok in CATS or tok in PRODUCTS, tok
            e["cat"] = tok
    text = m.group(3)
    if " || " in text:
        text, ans = text.split(" || ", 1)
        e["answer"] = ans.strip()
    else:
        e["answer"] = None
    e["text"] = text.strip()
    return e


POOL = {lang: {it: [parse_entry(s, lang, it, i) for i, s in enumerate(T.BUYER[lang][it])] for it in T.INTENTS} for lang in LANGS}


def eligible(e, ch):
    return e["channels"] is None or KIND[ch] in e["channels"] or ch in e["channels"]


BASE_W = {"where_is_my_order": 14, "delivery_delay": 9, "refund": 8, "return_exchange": 8, "cancellation": 5,
          "damaged_or_wrong_item": 10, "address_change": 4, "payment_problem": 4, "invoice": 4,
          "pre_sales_question": 9, "complaint": 6, "chargeback_or_legal": 3, "praise": 5, "other": 4}
KIND_MULT = {
    "instagram": {"pre_sales_question": 4, "praise": 2, "other": 2, "invoice": 0.1, "chargeback_or_legal": 0.4, "address_change": 0.3},
    "facebook": {"pre_sales_question": 3, "praise": 2, "other": 2, "invoice": 0.2, "complaint": 1.5},
    "tiktok": {"where_is_my_order": 2, "pre_sales_question": 1.5, "invoice": 0.1},
    "shopee": {"where_is_my_order": 2, "damaged_or_wrong_item": 1.3, "invoice": 0.3},
    "email": {"invoice": 2, "other": 1.5, "chargeback_or_legal": 1.5, "complaint": 1.5},
    "amazon": {"pre_sales_question": 0.6},
    "ebay": {"where_is_my_order": 1.3},
    "etsy": {"pre_sales_question": 2, "praise": 1.5},
    "walmart": {"pre_sales_question": 0.4},
}


def choose_entry(lang, ch, intent=None):
    pool = POOL[lang]
    kind = KIND[ch]
    mult = dict(KIND_MULT.get(kind, {}))
    if ch in ("amazon-de", "amazon-fr", "amazon-it", "amazon-es"):
        mult["invoice"] = 2.5
    intents = [intent] if intent else T.INTENTS
    for level in range(0, 10):
        cands = [(it, BASE_W[it] * mult.get(it, 1.0)) for it in intents
                 if any(eligible(e, ch) and e["used"] <= level for e in pool[it])]
        if cands:
            it = wpick(cands)
            es = [e for e in pool[it] if eligible(e, ch) and e["used"] <= level]
            e = pick(es)
            e["used"] += 1
            return it, e
    raise RuntimeError(f"no entry for {lang} {ch} {intent}")


# ------------------------------------------------------------------------------------------------
# Orders
# ------------------------------------------------------------------------------------------------
def price_cents(usd, cur):
    sym, rate, dec = CUR[cur]
    v = usd * rate
    if cur == "JPY":
        return int(max(1, round(v / 100.0)) * 100 - 20) * 100  # e.g. 5980 yen, stored x100
    if cur in ("SGD", "MYR"):
        return int(v) * 100 + 90
    if cur == "MXN":
        return (int(round(v / 10.0)) * 10 - 1) * 100
    return max(1, int(round(v))) * 100 - 1


def fmt_amount(cents, cur, lang):
    sym, _, dec = CUR[cur]
    v = cents / 100.0
    s = f"{v:,.{dec}f}"
    if lang in ("de", "it", "es", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", " " if lang == "fr" else ".")
        return f"{s} {sym}" if cur in ("EUR", "CHF") else f"{sym} {s}"
    if lang == "ja" and cur == "JPY":
        return f"{s}円"
    return f"{sym}{s}" if cur not in ("CHF",) else f"CHF {s}"


def s10(prefix, cc):
    d = digits(8)
    s = sum(int(a) * w for a, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{prefix}{d}{c}{cc}"


def usps():
    body = "9400111" + digits(14)
    s = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def ups():
    body = "A4W869" + "03" + digits(7)
    vals = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    s = sum(v if i % 2 == 0 else 2 * v for i, v in enumerate(vals))
    return "1Z" + body + str((10 - s % 10) % 10)


def yamato():
    n = str(rng.randrange(3, 9)) + digits(10)
    return n + str(int(n) % 7)


def tracking_for(carrier, country):
    if carrier == "DHL":
        return "JJD000" + digits(15) if country in ("DE", "AT") else str(rng.randrange(1, 10)) + digits(9)
    return {
        "UPS": ups, "USPS": usps, "Yamato": yamato,
        "Royal Mail": lambda: s10(pick(["TT", "RM", "KJ", "LF"]), "GB"),
        "Colissimo": lambda: pick(["6A", "6C", "8L"]) + digits(11),
        "SF Express": lambda: "SF" + str(rng.randrange(1, 10)) + digits(12),
        "J&T Express": lambda: pick(["63", "64", "82"]) + digits(10),
        "Ninja Van": lambda: f"NV{country}LMNL" + digits(10),
        "Correos": lambda: "PQ" + digits(1) + alnum_upper(2) + digits(17) + pick("ABCDEFGHJKLMNPRSTVWXYZ"),
        "Poste Italiane": lambda: s10(pick(["CP", "CA"]), "IT"),
        "DPD": lambda: "0" + pick(["15", "13", "50"]) + digits(11),
        "Hermes": lambda: "H" + digits(1) + alnum_upper(2) + digits(12) if country == "GB" else digits(14),
    }[carrier]()


TRACK_RE = {
    "DHL": r"JJD000\d{15}|\d{10}", "UPS": r"1ZA4W86903\d{8}", "USPS": r"9400111\d{15}", "Yamato": r"\d{12}",
    "Royal Mail": r"[A-Z]{2}\d{9}GB", "Colissimo": r"\d[A-Z]\d{11}", "SF Express": r"SF\d{13}",
    "J&T Express": r"\d{12}", "Ninja Van": r"NV(SG|MY)LMNL\d{10}", "Correos": r"PQ\d[A-Z0-9]{2}\d{17}[A-Z]",
    "Poste Italiane": r"C[PA]\d{9}IT", "DPD": r"0\d{13}", "Hermes": r"H\d[A-Z0-9]{2}\d{12}|\d{14}",
}


def carrier_for(country, order_kind):
    opts = {
        "US": [("USPS", 6), ("UPS", 4)], "GB": [("Royal Mail", 5), ("DPD", 3), ("Hermes", 2)],
        "DE": [("DHL", 6), ("Hermes", 2), ("DPD", 2)], "AT": [("DHL", 3), ("DPD", 1)],
        "FR": [("Colissimo", 7), ("DPD", 3)], "BE": [("Colissimo", 1), ("DPD", 1)],
        "IT": [("Poste Italiane", 6), ("DPD", 4)], "ES": [("Correos", 7), ("DPD", 3)],
        "JP": [("Yamato", 1)], "SG": [("Ninja Van", 6), ("J&T Express", 4)], "MY": [("J&T Express", 6), ("Ninja Van", 4)],
        "CN": [("SF Express", 1)],
    }.get(country, [("DHL", 3), ("UPS", 2)])
    if order_kind == "shopify" and country == "JP":
        opts = [("DHL", 1)]
    return wpick(opts)


AMZ_PREFIX = {"US": ["111", "112", "113", "114"], "UK": ["202", "203", "204", "205", "206"],
              "DE": ["302", "303", "304", "305", "306"], "FR": ["402", "403", "404", "405", "406", "407", "171"],
              "IT": ["402", "403", "404", "405", "406", "407", "408", "171"], "ES": ["402", "403", "404", "405", "406", "407", "408"],
              "JP": ["249", "250", "503"]}
ORDER_RE = {
    "amazon": r"\d{3}-\d{7}-\d{7}", "ebay": r"\d{2}-\d{5}-\d{5}", "etsy": r"\d{10}", "walmart": r"\d{15}",
    "shopify": r"#\d{4}", "shopee": r"\d{6}[A-Z0-9]{8}", "tiktok": r"\d{18}",
}
used_order_ids = set()


def order_format(ch):
    k = KIND[ch]
    return k if k in ("amazon", "ebay", "etsy", "walmart", "shopee", "tiktok") else "shopify"


def new_order_id(ch, ordered_ago):
    fmt = order_format(ch)
    while True:
        if fmt == "amazon":
            oid = f"{pick(AMZ_PREFIX[MKT[ch]])}-{digits(7)}-{digits(7)}"
        elif fmt == "ebay":
            oid = f"{rng.randrange(10, 28)}-{rng.randrange(10000, 99999)}-{digits(5)}"
        elif fmt == "etsy":
            oid = str(rng.randrange(3, 4)) + digits(9)
        elif fmt == "walmart":
            oid = "1" + digits(14)
        elif fmt == "shopee":
            d = REF_NOW - datetime.timedelta(minutes=ordered_ago)
            oid = d.strftime("%y%m%d") + alnum_upper(8)
        elif fmt == "tiktok":
            oid = "57" + str(rng.randrange(6, 8)) + digits(15)
        else:
            oid = None  # Shopify numbers are handed out in chronological order later
            return oid
        if oid not in used_order_ids:
            used_order_ids.add(oid)
            return oid


def currency_for(ch, country):
    k = KIND[ch]
    if k == "amazon":
        return {"US": "USD", "UK": "GBP", "DE": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR", "JP": "JPY"}[MKT[ch]]
    if ch == "ebay-de":
        return "EUR"
    if k in ("ebay", "etsy", "walmart") or ch == "tiktok-us":
        return "USD"
    if ch == "tiktok-uk":
        return "GBP"
    if k == "shopee":
        return "SGD" if MKT[ch] == "SG" else "MYR"
    return COUNTRY[country][0]


def title_lang(ch, cust):
    k = KIND[ch]
    if k == "amazon":
        return {"US": "en", "UK": "en", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "JP": "ja"}[MKT[ch]]
    if ch == "ebay-de":
        return "de"
    if order_format(ch) == "shopify" and cust["language"] in ("de", "fr", "it", "es", "ja"):
        return cust["language"]
    return "en"


def pick_product(ch, cat=None, hint=None):
    if cat:
        return pick(CATS[cat]) if cat in CATS else cat
    if hint:
        return hint
    k = order_format(ch)
    gw = GROUP_WEIGHT[k]
    group = wpick(list(gw.items()))
    return pick([s for s, p in PRODUCTS.items() if p["group"] == group])


STATUS_BY_INTENT = {
    "where_is_my_order": "shipped", "delivery_delay": "shipped", "refund": "delivered", "return_exchange": "delivered",
    "cancellation": "paid", "damaged_or_wrong_item": "delivered", "address_change": "paid", "payment_problem": "pending",
    "invoice": "delivered", "complaint": "delivered", "chargeback_or_legal": "delivered", "praise": "delivered",
    "other": "delivered",
}


def make_order(conv, F, hint=None):
    ch = conv.get("order_channel") or conv["channel"]
    cust, e, intent = conv["cust"], conv["entry"], conv["intent"]
    status = e["status"] or STATUS_BY_INTENT[intent]
    if intent == "payment_problem" and rng.random() < 0.5:
        status = "paid"
    if intent == "invoice" and rng.random() < 0.3:
        status = "shipped"
    if intent == "chargeback_or_legal" and rng.random() < 0.4:
        status = "shipped"
    if intent == "cancellation" and rng.random() < 0.2:
        status = "pending"
    needs_ship = any(s in e["text"] for s in ("{tracking}", "{carrier}"))
    if needs_ship and status in ("paid", "pending"):
        status = "shipped"
    # times
    if status in ("paid", "pending"):
        ordered = F + (rng.randint(20 * 60, 3 * DAY) if intent == "payment_problem" else
                       rng.randint(8, 240) if intent == "cancellation" else rng.randint(15, 20 * 60))
        shipped = delivered = None
    elif status == "shipped":
        span = rng.randint(9, 22) if intent == "delivery_delay" else rng.randint(3, 10)
        ordered = F + span * DAY + rng.randint(0, DAY)
        shipped = ordered - rng.randint(DAY // 2, 2 * DAY)
        delivered = None
    else:  # delivered
        delivered = F + rng.randint(60, 6 * DAY if intent not in ("praise", "damaged_or_wrong_item") else 2 * DAY)
        shipped = delivered + rng.randint(1 * DAY, 5 * DAY)
        ordered = shipped + rng.randint(DAY // 3, 2 * DAY)
    country = cust["country"]
    cur = currency_for(ch, country)
    lang_t = title_lang(ch, cust)
    main = pick_product(ch, e["cat"], hint)
    skus = [main]
    if rng.random() < 0.22 and e["cat"] != "notowel":
        other = pick_product(ch)
        if other not in skus:
            skus.append(other)
    if e["cat"] == "notowel":
        skus = [main]
    items = []
    for i, s in enumerate(skus):
        q = 1
        if i == 0 and rng.random() < (0.25 if PRODUCTS[s]["group"] == "ceramic" else 0.08):
            q = 2
        items.append({"sku": s, "title": PRODUCTS[s]["title"][lang_t], "quantity": q,
                      "unit_price_cents": price_cents(PRODUCTS[s]["usd"], cur)})
    total = sum(i["quantity"] * i["unit_price_cents"] for i in items)
    carrier = tracking = None
    if shipped is not None:
        carrier = carrier_for(country, order_format(ch))
        tracking = tracking_for(carrier, country)
    return {"external_id": new_order_id(ch, ordered), "status": status, "currency": cur, "total_cents": total,
            "items": items, "carrier": carrier, "tracking_number": tracking, "ship_to_country": country,
            "ship_to_postcode": cust["postcode"], "ordered_minutes_ago": ordered, "shipped_minutes_ago": shipped,
            "delivered_minutes_ago": delivered, "_fmt": order_format(ch), "_ch": ch}


def advance_order(o, intent, F, entry):
    """A later conversation about a shared order may need the parcel to be on its way by now."""
    needs_ship = intent in ("where_is_my_order", "delivery_delay") or any(s in entry["text"] for s in ("{tracking}", "{carrier}"))
    if needs_ship and o["shipped_minutes_ago"] is None and o["status"] in ("paid", "pending"):
        o["shipped_minutes_ago"] = max(F + 120, o["ordered_minutes_ago"] - rng.randint(DAY // 2, DAY))
        if o["shipped_minutes_ago"] >= o["ordered_minutes_ago"]:
            o["shipped_minutes_ago"] = o["ordered_minutes_ago"] - 60
        o["status"] = "shipped"
        o["carrier"] = carrier_for(o["ship_to_country"], o["_fmt"])
        o["tracking_number"] = tracking_for(o["carrier"], o["ship_to_country"])


# ------------------------------------------------------------------------------------------------
# Planning: journeys (same buyer on several channels) + everyone else
# ------------------------------------------------------------------------------------------------
JOURNEYS = [  # (lang, country, [(channel, intent, category, last-message age in days, xref, same order, order channel)])
    ("en", "US", [("instagram", "pre_sales_question", "D", 21, None, False, None), ("amazon-us", "where_is_my_order", "A", 0.3, "bought", False, None)]),
    ("en", "GB", [("facebook", "pre_sales_question", "D", 18, None, False, None), ("shopify", "damaged_or_wrong_item", "B", 5, "bought", False, None)]),
    ("de", "DE", [("amazon-de", "delivery_delay", "D", 19, None, False, None), ("email", "invoice", "A", 2.5, None, True, None)]),
    ("de", "DE", [("ebay-de", "pre_sales_question", "D", 24, None, False, None), ("amazon-de", "return_exchange", "B", 7, "bought", False, None)]),
    ("fr", "FR", [("instagram", "pre_sales_question", "D", 15, None, False, None), ("amazon-fr", "where_is_my_order", "A", 0.6, "bought", False, None)]),
    ("it", "IT", [("facebook", "pre_sales_question", "D", 26, None, False, None), ("amazon-it", "damaged_or_wrong_item", "B", 10, "bought", False, None), ("email", "complaint", "A", 1.8, "repeat", True, None)]),
    ("es", "ES", [("instagram", "pre_sales_question", "B", 18, None, False, None), ("amazon-es", "delivery_delay", "A", 0.4, "bought", False, None)]),
    ("ja", "JP", [("instagram", "pre_sales_question", "D", 20, None, False, None), ("amazon-jp", "where_is_my_order", "A", 0.2, "bought", False, None)]),
    ("ja", "JP", [("amazon-jp", "damaged_or_wrong_item", "D", 13, None, False, None), ("email", "return_exchange", "C", 3, None, True, None)]),
    ("zh", "SG", [("facebook", "pre_sales_question", "D", 16, None, False, None), ("shopee-sg", "where_is_my_order", "A", 0.5, "bought", False, None)]),
    ("zh", "MY", [("shopee-my", "damaged_or_wrong_item", "B", 11, None, False, None), ("email", "complaint", "C", 4, "repeat", True, None), ("facebook", "chargeback_or_legal", "A", 0.15, "repeat", True, None)]),
    ("en", "US", [("tiktok-us", "where_is_my_order", "B", 14, None, False, None), ("instagram", "delivery_delay", "B", 8, "repeat", True, None), ("email", "refund", "A", 1.5, "repeat", True, None)]),
    ("en", "SG", [("shopee-sg", "pre_sales_question", "D", 23, None, False, None), ("facebook", "praise", "D", 5, None, False, "shopee-sg")]),
    ("en", "US", [("etsy", "pre_sales_question", "D", 25, None, False, None), ("email", "invoice", "B", 6, None, False, "etsy")]),
    ("en", "US", [("walmart-us", "refund", "B", 10, None, False, None), ("email", "refund", "A", 2.2, "repeat", True, None)]),
    ("en", "US", [("ebay-us", "cancellation", "D", 19, None, False, None), ("email", "payment_problem", "C", 4.5, None, False, None)]),
    ("en", "US", [("amazon-us", "damaged_or_wrong_item", "D", 15, None, False, None), ("instagram", "praise", "A", 3.5, None, True, None)]),
    ("de", "DE", [("shopify", "address_change", "D", 21, None, False, None), ("email", "where_is_my_order", "A", 0.8, "repeat", True, None)]),
    ("fr", "FR", [("etsy", "pre_sales_question", "D", 19, None, False, None), ("email", "invoice", "B", 8, None, False, "etsy")]),
    ("es", "US", [("walmart-us", "where_is_my_order", "B", 13, None, False, None), ("facebook", "complaint", "A", 0.7, "repeat", True, None)]),
    ("en", "GB", [("amazon-uk", "chargeback_or_legal", "D", 18, None, False, None), ("email", "complaint", "B", 3.5, None, True, None)]),
    ("zh", "US", [("email", "pre_sales_question", "D", 27, None, False, None), ("shopify", "payment_problem", "B", 9, None, False, None)]),
    ("en", "US", [("instagram", "pre_sales_question", "D", 22, None, False, None), ("tiktok-us", "where_is_my_order", "B", 5.5, "bought", False, None)]),
    ("it", "IT", [("instagram", "pre_sales_question", "B", 17, None, False, None), ("etsy", "where_is_my_order", "A", 0.9, "bought", False, None)]),
    ("es", "US", [("amazon-us", "return_exchange", "D", 16, None, False, None), ("tiktok-us", "pre_sales_question", "A", 0.25, None, False, None)]),
    ("en", "CA", [("facebook", "other", "D", 20, None, False, None), ("shopify", "cancellation", "B", 2.8, None, False, None)]),
]

remaining = {ch: dict(q) for ch, q in QUOTA.items()}
convs = []
journey_groups = []
for lang, country, steps in JOURNEYS:
    cust = new_customer(lang, country)
    group = []
    for (ch, intent, cat, ldays, xref, same, och) in steps:
        assert remaining[ch].get(lang, 0) > 0, (ch, lang)
        remaining[ch][lang] -= 1
        it, e = choose_entry(lang, ch, intent)
        conv = {"channel": ch, "lang": lang, "cust": cust, "intent": it, "entry": e, "cat": cat,
                "L": max(3, int(ldays * DAY) + rng.randint(-90, 90)), "recent": ldays < 1, "xref": xref,
                "same_order": same, "order_channel": och, "journey": True}
        group.append(conv)
        convs.append(conv)
    journey_groups.append(group)

for ch, q in remaining.items():
    for lang, n in q.items():
        for _ in range(n):
            country = country_for(ch, lang)
            cust = new_customer(lang, country)
            it, e = choose_entry(lang, ch)
            convs.append({"channel": ch, "lang": lang, "cust": cust, "intent": it, "entry": e, "cat": None,
                          "L": None, "recent": False, "xref": None, "same_order": False, "order_channel": None,
                          "journey": False})

TOTAL = len(convs)
target = {"A": round(TOTAL * 0.45), "B": round(TOTAL * 0.35), "C": round(TOTAL * 0.10)}
target["D"] = TOTAL - sum(target.values())
have = Counter(c["cat"] for c in convs if c["cat"])
free = [c for c in convs if not c["cat"]]
rng.shuffle(free)
cats = []
for k in "ABCD":
    cats += [k] * (target[k] - have[k])
assert len(cats) == len(free), (len(cats), len(free))
for c, k in zip(free, cats):
    c["cat"] = k
# praise is usually answered and closed, not left hanging
for c in free:
    if c["intent"] == "praise" and c["cat"] == "C":
        c["cat"] = "B"

RECENT_TARGET = 60
recent_now = sum(1 for c in convs if c["recent"])
need = RECENT_TARGET - recent_now
free_a = [c for c in free if c["cat"] == "A"]
free_b = [c for c in free if c["cat"] == "B" and c["intent"] != "praise"]
free_c = [c for c in free if c["cat"] == "C"]
for c in free_c[:4] + free_b[:4] + free_a[:need - 8]:
    c["recent"] = True

# ------------------------------------------------------------------------------------------------
# Shapes and times
# ------------------------------------------------------------------------------------------------
GAP = {"nudge": (40, 1300), "ref": (1, 3), "out": (15, 900), "follow": (60, 2600), "out2": (20, 600),
       "note": (5, 300), "thanks": (60, 3000), "close": (10, 240)}


def shape_for(c):
    cat, neg = c["cat"], c["entry"]["sentiment"] == "negative"
    if cat == "A":
        r = rng.random()
        if c["intent"] == "praise" or (c["recent"] and r < 0.8):
            return ["in"]
        if r < 0.7:
            return ["in"]
        if r < 0.94 or not neg:
            return ["in", "nudge"]
        return ["in", "nudge", "nudge"]
    if cat == "B":
        if c["intent"] == "praise":
            return ["in", "out"]
        if c["recent"]:
            return wpick([(["in", "out", "follow"], 3), (["in", "out", "follow", "out2", "follow"], 1)])
        return wpick([(["in", "out"], 38), (["in", "out", "follow"], 32), (["in", "nudge", "out"], 12),
                      (["in", "out", "follow", "out2"], 12), (["in", "out", "follow", "out2", "follow"], 6)])
    if cat == "C":
        return wpick([(["in", "note"], 35), (["in", "note", "out"], 30), (["in", "nudge", "note"], 15),
                      (["in", "note", "out", "follow"], 20)])
    if c["intent"] == "praise":
        return ["in", "out"]
    return wpick([(["in", "out", "thanks"], 45), (["in", "out", "thanks", "close"], 35),
                  (["in", "out", "follow", "out2", "thanks", "close"], 20)])


for c in convs:
    c["shape"] = shape_for(c)
    if c["L"] is None:
        cat = c["cat"]
        if c["recent"]:
            c["L"] = 3 + int(1380 * rng.random() ** 1.4)
        elif cat == "A":
            c["L"] = DAY + 30 + min(int(rng.expovariate(1 / (2.5 * DAY))), 11 * DAY)
        elif cat == "B":
            c["L"] = rng.randint(int(1.05 * DAY), 24 * DAY)
        elif cat == "C":
            c["L"] = rng.randint(int(1.05 * DAY), 6 * DAY)
        else:
            c["L"] = rng.randint(int(1.5 * DAY), 27 * DAY)
    # gaps between consecutive messages; the first message is at F = L + sum(gaps)
    gaps = [rng.randint(*GAP[s]) for s in c["shape"][1:]]
    if c["recent"]:
        gaps = [min(g, 400) for g in gaps]
    total = sum(gaps)
    if c["L"] + total > 30 * DAY - 60:
        scale = (30 * DAY - 60 - c["L"]) / max(1, total)
        gaps = [max(1, int(g * scale)) for g in gaps]
    c["gaps"] = gaps
    c["F"] = c["L"] + sum(gaps)

# journey order: later steps must start after earlier ones
for group in journey_groups:
    for a, b in zip(group, group[1:]):
        if b["F"] >= a["F"] - 60:
            shift = b["F"] - (a["F"] - 120)
            b["gaps"] = [max(1, g - shift // max(1, len(b["gaps"]))) for g in b["gaps"]]
            b["F"] = b["L"] + sum(b["gaps"])
        assert b["F"] < a["F"], (b["F"], a["F"])

# ------------------------------------------------------------------------------------------------
# Orders
# ------------------------------------------------------------------------------------------------
for group in journey_groups:
    hint = None
    prev_order = None
    for c in group:
        e = c["entry"]
        if c["intent"] == "pre_sales_question":
            cat = e["cat"]
            hint = pick(CATS[cat]) if cat in CATS else (cat if cat else None)
            c["order"] = None
            c["hint_sku"] = hint
            continue
        if e["noorder"]:
            c["order"] = None
            continue
        if c["same_order"] and prev_order is not None:
            advance_order(prev_order, c["intent"], c["F"], e)
            c["order"] = prev_order
        else:
            c["order"] = make_order(c, c["F"], hint)
        prev_order = c["order"]

for c in convs:
    if c["journey"]:
        continue
    e = c["entry"]
    if e["noorder"] or c["intent"] == "pre_sales_question":
        c["order"] = None
        c["hint_sku"] = pick(CATS[e["cat"]]) if e["cat"] in CATS else e["cat"]
    elif c["intent"] == "other" and rng.random() < 0.3 and e["status"] is None:
        c["order"] = None
        c["hint_sku"] = None
    else:
        c["order"] = make_order(c, c["F"])

# Shopify-style order numbers rise with time, like a real store's.
shop_orders = {id(c["order"]): c["order"] for c in convs if c["order"] and c["order"]["_fmt"] == "shopify"}
n = 1041
for o in sorted(shop_orders.values(), key=lambda o: -o["ordered_minutes_ago"]):
    n += rng.randint(2, 9)
    o["external_id"] = f"#{n}"

# ------------------------------------------------------------------------------------------------
# Rendering
# ------------------------------------------------------------------------------------------------
FAMILY = {"where_is_my_order": "ship", "delivery_delay": "ship", "address_change": "address", "refund": "money",
          "cancellation": "cancel", "payment_problem": "payment", "chargeback_or_legal": "money",
          "return_exchange": "return", "damaged_or_wrong_item": "damaged", "complaint": "complaint", "invoice": "invoice",
          "pre_sales_question": "general", "praise": "general", "other": "general"}
WAREHOUSE_FAMILIES = {"ship", "address", "cancel", "return", "damaged"}
PREV_NAME = {"amazon": "Amazon", "ebay": "eBay", "etsy": "Etsy", "walmart": "Walmart", "shopee": "Shopee",
             "tiktok": "TikTok", "facebook": "Facebook", "instagram": "Instagram"}


def prev_name(ch, lang):
    k = KIND[ch]
    if k == "email":
        return T.EMAIL_WORD[lang]
    if k == "shopify":
        return T.SITE_WORD[lang]
    return PREV_NAME[k]


def cap(s):
    return s[:1].upper() + s[1:]


def slots(c, extra=None, lang=None):
    o, cust = c["order"], c["cust"]
    lang = lang or c["lang"]
    d = {"postcode": pick([p for p in COUNTRY[cust["country"]][1] if p != cust["postcode"]] or [cust["postcode"]])}
    sku = None
    if o:
        sku = o["items"][0]["sku"]
        d.update({"order": o["external_id"], "tracking": o["tracking_number"] or "", "carrier": o["carrier"] or "",
                  "amount": fmt_amount(o["total_cents"], o["currency"], lang),
                  "days": str(max(2, (o["ordered_minutes_ago"] - c["F"]) // DAY))})
        if c["intent"] in ("refund", "return_exchange") and o["carrier"]:
            d["tracking"] = c.setdefault("_return_tracking", tracking_for(o["carrier"], o["ship_to_country"]))
    else:
        sku = c.get("hint_sku") or pick(list(PRODUCTS))
    d["item"] = PRODUCTS[sku]["title"][lang]
    d["title"] = PRODUCTS[sku]["title"][title_lang(c["channel"], cust) if KIND[c["channel"]] in ("amazon", "ebay") else lang]
    if extra:
        d.update(extra)
    return d


def fill(text, d):
    out = text
    for k, v in d.items():
        out = out.replace("{" + k + "}", v)
    assert not re.search(r"\{[a-z_]+\}", out), (text, out)
    return out


def first_message(c):
    e, lang, ch, kind = c["entry"], c["lang"], c["channel"], KIND[c["channel"]]
    d = slots(c)
    body = fill(e["text"], d)
    separate_ref = None
    if c["order"] and "{order}" not in e["text"]:
        p = 0.3 if kind == "amazon" else 0.5 if kind in ("shopee", "tiktok") else 0.38
        if rng.random() < p:
            ref = fill(pick(T.ORDER_REF[lang]), d)
            if kind in CHAT and rng.random() < 0.6:
                separate_ref = c["order"]["external_id"]
            else:
                body = body + ("\n\n" if kind in EMAIL_STYLE else "" if lang in ("ja", "zh") else " ") + ref
    if c.get("xref"):
        body = body + ("\n" if kind in EMAIL_STYLE else "" if lang in ("ja", "zh") else " ") + T.XREF[c["xref"]][lang].replace("{prev}", prev_name(c["prev_channel"], lang))
    if kind in EMAIL_STYLE:
        pg, ps = (0.55, 0.5) if kind in ("amazon", "walmart", "shopify", "email") else (0.3, 0.3)
        cust = c["cust"]
        starts = body.lower().lstrip("¡¿")
        if rng.random() < pg and not any(starts.startswith(w.lstrip("¡")) for w in T.GREET_WORDS[lang]):
            body = pick(T.GREET[lang]) + ("\n\n" if lang not in ("ja", "zh") else "\n") + body
        if rng.random() < ps:
            so = pick(T.SIGNOFF[lang]).replace("{first}", cust["_first"]).replace("{last}", cust["_last"])
            body = body + "\n\n" + so
    return body, separate_ref


def reply_greeting(c, kind):
    cust, lang = c["cust"], c["lang"]
    first, last, g = cust["_first"], cust["_last"], cust["_g"]
    chat = kind in CHAT
    if lang == "en":
        return f"Hi {first}!" if chat else f"Hi {first},"
    if lang == "de":
        return f"Hallo {'Frau' if g == 'f' else 'Herr'} {last}," if g else f"Hallo {first} {last},"
    if lang == "fr":
        return f"Bonjour {first} !" if chat else f"Bonjour {'Madame' if g == 'f' else 'Monsieur'} {last},"
    if lang == "it":
        return f"Buongiorno {first}!" if chat else f"Buongiorno {first},"
    if lang == "es":
        return f"¡Hola, {first}!" if chat else f"Hola, {first}:"
    if lang == "ja":
        return f"{last}様、ご連絡ありがとうございます。" if chat else f"{last}様\n\nこの度はLumen & Loomをご利用いただき、誠にありがとうございます。"
    return "亲，您好！" if kind == "shopee" else "您好！"


def signature(agent_key, lang, kind):
    s = SIG[agent_key]
    name = s.get(lang) or s["en"]
    if kind in CHAT:
        if lang in ("ja", "zh"):
            return ""
        return f"- {s['en']}" if rng.random() < 0.4 else ""
    return {
        "en": f"Best regards,\n{name}\nLumen & Loom Customer Care",
        "de": f"Viele Grüße\n{name}\nLumen & Loom Kundenservice",
        "fr": f"Bien cordialement,\n{name}\nService client Lumen & Loom",
        "it": f"Cordiali saluti,\n{name}\nAssistenza clienti Lumen & Loom",
        "es": f"Un saludo,\n{name}\nAtención al cliente de Lumen & Loom",
        "ja": f"Lumen & Loom カスタマーサポート\n{name}",
        "zh": f"Lumen & Loom 客服 {name}",
    }[lang]


def compose_reply(c, agent_key, body, greet=True):
    kind = KIND[c["channel"]]
    lang = c["lang"]
    # German bodies start lower-case after "Hallo Frau X,"; without a greeting they are capitalised.
    parts = [reply_greeting(c, kind), body] if greet else [cap(body)]
    sig = signature(agent_key, lang, kind)
    if sig:
        parts.append(sig)
    return ("\n" if kind in CHAT else "\n\n").join(parts)


EN_AGENT_BY_KIND = {
    "shopee": [("chen.jing", 4), ("li.wei", 1)], "tiktok": [("chen.jing", 3), ("maria.garcia", 1)],
    "instagram": [("yuki.tanaka", 2), ("chen.jing", 1), ("maria.garcia", 1)], "facebook": [("yuki.tanaka", 2), ("chen.jing", 2)],
    "amazon": [("chen.jing", 3), ("maria.garcia", 2), ("li.wei", 1), ("tom.becker", 1)], "walmart": [("maria.garcia", 1)],
    "ebay": [("tom.becker", 2), ("chen.jing", 2)], "etsy": [("maria.garcia", 2), ("yuki.tanaka", 1)],
    "shopify": [("maria.garcia", 2), ("chen.jing", 2), ("li.wei", 1)], "email": [("chen.jing", 2), ("maria.garcia", 2), ("li.wei", 1)],
}


def choose_agent(c):
    if c["intent"] == "chargeback_or_legal" and rng.random() < 0.5:
        return "li.wei"
    if c["lang"] == "en":
        return wpick(EN_AGENT_BY_KIND[KIND[c["channel"]]])
    if c["lang"] == "zh" and KIND[c["channel"]] in ("shopee", "tiktok"):
        return wpick([("chen.jing", 4), ("li.wei", 1)])
    return wpick(AGENT_BY_LANG[c["lang"]])


vip_customers = set()
for cust in rng.sample(customers, 10):
    vip_customers.add(cust["key"])
for group in journey_groups[:4]:
    vip_customers.add(group[0]["cust"]["key"])

# prev channel for journeys
for group in journey_groups:
    for a, b in zip(group, group[1:]):
        b["prev_channel"] = a["channel"]

# the A-to-z / chargeback status, refunds etc. are applied in chronological order of conversations
convs.sort(key=lambda c: -c["F"])
out_convs = []
ext_ids = defaultdict(set)
ch_counter = Counter()

for c in convs:
    ch, kind, lang, cust, e, intent = c["channel"], KIND[c["channel"]], c["lang"], c["cust"], c["entry"], c["intent"]
    ch_counter[ch] += 1
    o = c["order"]
    agent_key = choose_agent(c)
    agent = AG[agent_key]
    # assignee
    if c["cat"] == "A":
        assigned = rng.random() < (0.3 if c["recent"] else 0.5)
    else:
        assigned = True
    # messages
    ages = [c["F"]]
    for g in c["gaps"]:
        ages.append(ages[-1] - g)
    first_body, separate_ref = first_message(c)
    shape = list(c["shape"])
    msgs = []
    reply_variant = None
    fam = FAMILY[intent]
    follow_pool = list(T.FOLLOW[lang][fam])
    rng.shuffle(follow_pool)
    nudge_pool = list(T.NUDGE[lang])
    rng.shuffle(nudge_pool)
    d = slots(c)
    for step, age in zip(shape, ages):
        if step == "in":
            msgs.append({"direction": "inbound", "author": None, "body": first_body, "minutes_ago": age})
            if separate_ref and len(shape) < 6:
                msgs.append({"direction": "inbound", "author": None, "body": separate_ref, "minutes_ago": max(1, age - rng.randint(1, 3))})
        elif step == "nudge":
            msgs.append({"direction": "inbound", "author": None, "body": nudge_pool.pop(), "minutes_ago": age})
        elif step == "follow":
            msgs.append({"direction": "inbound", "author": None, "body": follow_pool.pop() if follow_pool else pick(T.NUDGE[lang]), "minutes_ago": age})
        elif step == "thanks":
            msgs.append({"direction": "inbound", "author": None, "body": pick(T.THANKS[lang]), "minutes_ago": age})
        elif step == "out":
            if e["answer"]:
                body = fill(e["answer"], d)
            else:
                variants = T.REPLY[lang][intent]
                reply_variant = rng.randrange(len(variants))
                body = fill(variants[reply_variant], d)
            if lang == "en" and cust["country"] in ("US", "CA", "AU"):
                body = body.replace("with VAT shown separately", "with sales tax shown separately").replace("The VAT invoice", "The invoice")
            msgs.append({"direction": "outbound", "author": agent, "body": compose_reply(c, agent_key, body), "minutes_ago": age})
        elif step == "out2":
            body = fill(pick(T.REPLY2[lang]["warehouse" if fam in WAREHOUSE_FAMILIES else "generic"]), d)
            greet = kind not in CHAT
            msgs.append({"direction": "outbound", "author": agent, "body": compose_reply(c, agent_key, body, greet), "minutes_ago": age})
        elif step == "close":
            body = pick(T.CLOSE[lang])
            msgs.append({"direction": "outbound", "author": agent, "body": compose_reply(c, agent_key, body, greet=False), "minutes_ago": age})
        elif step == "note":
            author_key = agent_key
            if intent in ("refund", "chargeback_or_legal") and rng.random() < 0.3:
                author_key = "li.wei"
            nlang = "zh" if author_key in ("li.wei", "chen.jing") and rng.random() < 0.6 else "en"
            def usable(n):
                return (not (("{tracking}" in n or "{carrier}" in n) and not (o and o["tracking_number"]))
                        and not ("{amount}" in n and not o)
                        and ("A-to-z" in n or "Escalated" in n) == ("a-to-z-risk" in e["tags"] or "Escalated" in n))
            cands = [n for n in T.NOTES[intent][nlang] if usable(n)] or \
                [n for n in T.NOTES[intent]["en" if nlang == "zh" else "zh"] if usable(n)] or T.NOTES["pre_sales_question"][nlang]
            msgs.append({"direction": "note", "author": AG[author_key], "body": fill(pick(cands), slots(c, lang="en")), "minutes_ago": age})
    # make sure ages strictly decrease (a separate order-ref message may collide with the next step)
    for a, b in zip(msgs, msgs[1:]):
        if b["minutes_ago"] >= a["minutes_ago"]:
            b["minutes_ago"] = a["minutes_ago"] - 1
    assert msgs[-1]["minutes_ago"] >= 1, c
    has_out = any(m["direction"] == "outbound" for m in msgs)
    if c["cat"] == "D":
        status = "resolved"
    elif msgs[-1]["direction"] == "outbound":
        status = "pending"
    else:
        status = "open"
    # order status follows what the agent did
    if o and has_out:
        if intent in ("refund", "chargeback_or_legal") and not e["answer"]:
            o["status"] = "refunded"
        elif intent == "cancellation" and not e["answer"]:
            o["status"] = "cancelled"
            o["shipped_minutes_ago"] = o["delivered_minutes_ago"] = None
            o["carrier"] = o["tracking_number"] = None
        elif intent == "return_exchange" and c["cat"] == "D":
            o["status"] = "returned"
        elif intent == "payment_problem" and o["status"] == "pending":
            o["status"] = "paid"
    # tags
    tags = []
    if cust["key"] in vip_customers:
        tags.append("vip")
    for t in e["tags"]:
        if t == "fragile" and rng.random() > 0.7:
            continue
        if t == "a-to-z-risk" and kind != "amazon":
            continue
        tags.append(t)
    if intent == "refund" and rng.random() < 0.45:
        tags.append("refund-requested")
    if c.get("xref") == "repeat" or shape.count("nudge") >= 2:
        tags.append("repeat-contact")
    if intent == "chargeback_or_legal" and kind != "amazon" and rng.random() < 0.6:
        tags.append("escalated")
    if kind == "amazon" and o and rng.random() < 0.15:
        tags.append("fba")
    if intent == "damaged_or_wrong_item" and has_out and reply_variant in (None, 0) and not e["answer"] and c["cat"] in ("B", "D"):
        tags.append("replacement-sent")
    tags = sorted(set(tags), key=TAGS.index)
    # subject
    subj = ""
    oid = o["external_id"] if o else None
    nm = cust["name"]
    if kind == "amazon":
        mk = MKT[ch]
        if oid:
            subj = {"US": f"Inquiry from Amazon customer {nm} (Order: {oid})", "UK": f"Inquiry from Amazon customer {nm} (Order: {oid})",
                    "DE": f"Anfrage von Amazon-Kunde {nm} (Bestellung: {oid})", "FR": f"Demande de renseignements du client Amazon {nm} (Commande : {oid})",
                    "IT": f"Richiesta dal cliente Amazon {nm} (Ordine: {oid})", "ES": f"Consulta del cliente de Amazon {nm} (Pedido: {oid})",
                    "JP": f"Amazonのお客様（{nm}様）からのお問い合わせ（注文番号：{oid}）"}[mk]
        else:
            subj = {"US": f"Product details inquiry from Amazon customer {nm}", "UK": f"Product details inquiry from Amazon customer {nm}",
                    "DE": f"Produktanfrage von Amazon-Kunde {nm}", "FR": f"Question sur un produit de la part du client Amazon {nm}",
                    "IT": f"Domanda sul prodotto dal cliente Amazon {nm}", "ES": f"Consulta sobre un producto del cliente de Amazon {nm}",
                    "JP": f"Amazonのお客様（{nm}様）から商品に関するお問い合わせ"}[mk]
    elif kind == "walmart":
        subj = f"Customer inquiry: Order #{oid}" if oid else "Customer inquiry"
    elif kind == "ebay":
        sku = o["items"][0]["sku"] if o else (c.get("hint_sku") or "LL-LAMP-01")
        item_no = ("2" if ch == "ebay-de" else "1") + str(int.from_bytes(sku.encode(), "big") % 10**11).zfill(11)
        user = handle_for(cust, ch)
        title = PRODUCTS[sku]["title"]["de" if ch == "ebay-de" else "en"]
        subj = f"{user} hat Ihnen eine Nachricht zu {title} #{item_no} gesendet" if ch == "ebay-de" else f"{user} sent a message about {title} #{item_no}"
    elif kind == "etsy" and oid:
        subj = {"en": f"Help with order #{oid}", "de": f"Hilfe bei Bestellung #{oid}", "fr": f"Aide pour la commande n° {oid}",
                "it": f"Aiuto con l'ordine n. {oid}", "es": f"Ayuda con el pedido n.º {oid}"}.get(lang, f"Help with order #{oid}")
    elif kind in ("etsy", "shopify", "email"):
        opts = [s for s in T.SUBJECT[lang][intent] if "{order}" not in s or oid]
        subj = fill(pick(opts), d) if opts else T.SUBJECT[lang]["other"][0]
    # external conversation id
    n = ch_counter[ch]
    if kind in ("amazon", "walmart"):
        xid = f"{'amz' if kind == 'amazon' else 'wmt'}-{MKT[ch].lower()}-{n:04d}"
    elif kind == "ebay":
        xid = str(rng.randrange(10**11, 10**12))
    elif kind == "etsy":
        xid = str(rng.randrange(10**9, 2 * 10**9))
    elif kind in ("email", "shopify"):
        xid = "<" + "".join(pick("0123456789abcdef") for _ in range(24)) + "@" + cust["email"].split("@")[1] + ">"
    elif kind == "shopee":
        xid = str(rng.randrange(10**18, 10**19))
    elif kind == "tiktok":
        xid = "7" + digits(18)
    elif kind == "facebook":
        xid = "t_" + digits(16)
    else:
        xid = "ig_t_" + digits(17)
    assert xid not in ext_ids[ch]
    ext_ids[ch].add(xid)
    c["_status"] = status
    out_convs.append({
        "channel": ch, "external_id": xid, "customer": cust["key"], "customer_handle": handle_for(cust, ch),
        "subject": subj, "status": status, "assignee": agent if assigned else None, "tags": tags,
        "intent": intent, "sentiment": e["sentiment"], "language": lang,
        "order": o,  # replaced by a clean copy (without helper keys) below
        "messages": msgs,
    })

ORDER_KEYS = ["external_id", "status", "currency", "total_cents", "items", "carrier", "tracking_number",
              "ship_to_country", "ship_to_postcode", "ordered_minutes_ago", "shipped_minutes_ago", "delivered_minutes_ago"]
for oc in out_convs:
    if oc["order"] is not None:
        oc["order"] = {k: oc["order"][k] for k in ORDER_KEYS}

doc = {
    "seller": "Lumen & Loom",
    "agents": AGENTS,
    "channels": [{"key": k, "kind": kind, "name": name, "marketplace": mk} for k, kind, name, mk in CHANNELS],
    "tags": TAGS,
    "customers": [{k: v for k, v in c.items() if not k.startswith("_")} for c in customers],
    "conversations": out_convs,
}


# ------------------------------------------------------------------------------------------------
# Checks
# ------------------------------------------------------------------------------------------------
def check(doc):
    errs = []
    chans = {c["key"]: c for c in doc["channels"]}
    custs = {c["key"]: c for c in doc["customers"]}
    agents = {a["email"] for a in doc["agents"]}
    tags = set(doc["tags"])
    convs = doc["conversations"]
    if len(convs) < 320:
        errs.append(f"only {len(convs)} conversations")
    by_lang = Counter(c["language"] for c in convs)
    for l in LANGS:
        if by_lang[l] < 25:
            errs.append(f"language {l}: {by_lang[l]} < 25")
    seen = defaultdict(set)
    order_convs = mention = 0
    recent = 0
    cust_channels = defaultdict(set)
    orders_by_id = {}
    firsts = Counter()
    for c in convs:
        cid = f"{c['channel']}/{c['external_id']}"
        if c["channel"] not in chans:
            errs.append(f"{cid}: unknown channel")
        if c["customer"] not in custs:
            errs.append(f"{cid}: unknown customer")
        elif custs[c["customer"]]["language"] != c["language"]:
            errs.append(f"{cid}: language differs from customer")
        if c["external_id"] in seen[c["channel"]]:
            errs.append(f"{cid}: duplicate external_id")
        seen[c["channel"]].add(c["external_id"])
        cust_channels[c["customer"]].add(c["channel"])
        if c["assignee"] is not None and c["assignee"] not in agents:
            errs.append(f"{cid}: unknown assignee")
        if c["status"] == "resolved" and c["assignee"] is None:
            errs.append(f"{cid}: resolved but unassigned")
        if c["status"] not in ("open", "pending", "resolved"):
            errs.append(f"{cid}: bad status")
        if c["intent"] not in T.INTENTS or c["sentiment"] not in ("negative", "neutral", "positive"):
            errs.append(f"{cid}: bad intent/sentiment")
        if not set(c["tags"]) <= tags:
            errs.append(f"{cid}: unknown tag {c['tags']}")
        ms = c["messages"]
        if not 1 <= len(ms) <= 6:
            errs.append(f"{cid}: {len(ms)} messages")
        if ms[0]["direction"] != "inbound":
            errs.append(f"{cid}: first message not inbound")
        for a, b in zip(ms, ms[1:]):
            if not b["minutes_ago"] < a["minutes_ago"]:
                errs.append(f"{cid}: minutes_ago not decreasing")
        for m in ms:
            if m["minutes_ago"] < 1 or m["minutes_ago"] > 30 * DAY:
                errs.append(f"{cid}: minutes_ago out of range {m['minutes_ago']}")
            if m["direction"] == "inbound" and m["author"] is not None:
                errs.append(f"{cid}: inbound with author")
            if m["direction"] in ("outbound", "note") and m["author"] not in agents:
                errs.append(f"{cid}: outbound/note without agent")
            if re.search(r"\{[a-z_]+\}", m["body"]):
                errs.append(f"{cid}: unfilled slot in {m['body']!r}")
            if m["direction"] == "outbound" and chans[c["channel"]]["kind"] == "amazon":
                if re.search(r"https?://|www\.|@|\+?\d[\d ]{8,}\d", m["body"].replace(c["order"]["external_id"] if c["order"] else "\0", "")
                             .replace((c["order"] or {}).get("tracking_number") or "\0", "")):
                    errs.append(f"{cid}: Amazon reply with contact data")
        if ms[-1]["minutes_ago"] <= DAY:
            recent += 1
        firsts[ms[0]["body"]] += 1
        o = c["order"]
        if o:
            order_convs += 1
            fmt = "shopify" if chans[c["channel"]]["kind"] in ("email", "facebook", "instagram", "shopify") else chans[c["channel"]]["kind"]
            ok = any(re.fullmatch(r, o["external_id"]) for r in ORDER_RE.values())
            if not ok:
                errs.append(f"{cid}: order id {o['external_id']} has no known format")
            if fmt != "shopify" and not re.fullmatch(ORDER_RE[fmt], o["external_id"]):
                errs.append(f"{cid}: order id {o['external_id']} not in {fmt} format")
            if re.fullmatch(ORDER_RE["shopee"], o["external_id"]):
                datetime.datetime.strptime(o["external_id"][:6], "%y%m%d")
            if o["status"] not in ("pending", "paid", "shipped", "delivered", "cancelled", "refunded", "returned"):
                errs.append(f"{cid}: bad order status")
            if o["total_cents"] != sum(i["quantity"] * i["unit_price_cents"] for i in o["items"]):
                errs.append(f"{cid}: total mismatch")
            for i in o["items"]:
                if i["sku"] not in PRODUCTS:
                    errs.append(f"{cid}: unknown sku")
            t = [o["ordered_minutes_ago"], o["shipped_minutes_ago"], o["delivered_minutes_ago"]]
            t = [x for x in t if x is not None]
            if t != sorted(t, reverse=True) or len(set(t)) != len(t):
                errs.append(f"{cid}: order times out of order {t}")
            if o["ordered_minutes_ago"] <= ms[0]["minutes_ago"] and orders_by_id.get(o["external_id"]) is None:
                errs.append(f"{cid}: ordered after the first message")
            if o["status"] in ("shipped", "delivered", "returned") and not (o["carrier"] and o["tracking_number"]):
                errs.append(f"{cid}: shipped without tracking")
            if o["carrier"]:
                if not re.fullmatch(TRACK_RE[o["carrier"]], o["tracking_number"]):
                    errs.append(f"{cid}: tracking {o['tracking_number']} not {o['carrier']} format")
            if o["status"] == "delivered" and o["delivered_minutes_ago"] is None:
                errs.append(f"{cid}: delivered without time")
            prev = orders_by_id.get(o["external_id"])
            if prev is not None and prev != o:
                errs.append(f"{cid}: order {o['external_id']} differs between conversations")
            orders_by_id[o["external_id"]] = o
            if any(o["external_id"] in m["body"] for m in ms if m["direction"] == "inbound"):
                mention += 1
    multi = [k for k, v in cust_channels.items() if len(v) >= 2]
    if len(multi) < 25:
        errs.append(f"only {len(multi)} cross-channel customers")
    if mention < 0.4 * order_convs:
        errs.append(f"order number quoted in {mention}/{order_convs} order conversations (< 40%)")
    if not 50 <= recent <= 75:
        errs.append(f"{recent} conversations active in the last 24 h")
    st = Counter(c["status"] for c in convs)
    open_like = [c for c in convs if c["status"] != "resolved"]
    assigned_open = sum(1 for c in open_like if c["assignee"])
    stats = {
        "conversations": len(convs), "customers": len(custs), "cross_channel_customers": len(multi),
        "messages": sum(len(c["messages"]) for c in convs), "order_conversations": order_convs,
        "order_number_in_buyer_text": mention, "active_last_24h": recent, "status": dict(st),
        "assigned_open_or_pending": f"{assigned_open}/{len(open_like)}",
        "shape": dict(Counter("note" if any(m["direction"] == "note" for m in c["messages"]) else
                              "resolved" if c["status"] == "resolved" else
                              "replied" if any(m["direction"] == "outbound" for m in c["messages"]) else
                              "buyer-only" for c in convs)),
        "max_identical_first_message": max(firsts.values()),
    }
    return errs, stats


errs, stats = check(doc)
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")

by_ch = Counter(c["channel"] for c in doc["conversations"])
by_lang = Counter(c["language"] for c in doc["conversations"])
matrix = Counter((c["channel"], c["language"]) for c in doc["conversations"])
print(f"{'channel':12}" + "".join(f"{l:>5}" for l in LANGS) + "  total")
for k, *_ in CHANNELS:
    print(f"{k:12}" + "".join(f"{matrix[(k, l)] or '.':>5}" for l in LANGS) + f"  {by_ch[k]:>5}")
print("per channel :", ", ".join(f"{k}={by_ch[k]}" for k, *_ in CHANNELS))
print("per language:", ", ".join(f"{l}={by_lang[l]}" for l in LANGS))
print("per intent  :", ", ".join(f"{k}={v}" for k, v in sorted(Counter(c['intent'] for c in doc['conversations']).items())))
print("sentiment   :", dict(Counter(c["sentiment"] for c in doc["conversations"])))
print("tags        :", dict(Counter(t for c in doc["conversations"] for t in c["tags"])))
for k, v in stats.items():
    print(f"{k:28}: {v}")
print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)")
if errs:
    print("\n".join("ERROR " + e for e in errs[:50]))
    sys.exit(1)
print("all checks passed")
