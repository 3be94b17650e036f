# ruff: noqa: E501, RUF001
"""Texts of the campaigns demo, in the portal's five languages (facts from
/work/shared/seeds: I PAECM 1.3.x and 2.7.2, the NETP/PAAHM action plan item 5, the
reporting channels of the care-flow booklet)."""

from website.demo.text import T

DISQUE_100 = {
    "number": "100",
    "label": T(
        pt="Disque 100 – Direitos Humanos",
        es="Disque 100 – Derechos humanos",
        en="Disque 100 – Human rights hotline",
        fr="Disque 100 – Droits humains",
        ht="Disque 100 – Dwa moun",
    ),
    "description": T(
        pt="Para denunciar tráfico de pessoas, mesmo sem certeza. Gratuito, 24 horas, sem precisar se identificar.",
        es="Para denunciar la trata de personas, aunque no tenga certeza. Gratuito, 24 horas, sin necesidad de identificarse.",
        en="To report human trafficking, even if you are not sure. Free, 24 hours, and you need not give your name.",
        fr="Pour signaler la traite des personnes, même sans certitude. Gratuit, 24 h sur 24, sans donner son nom.",
        ht="Pou denonse trafik moun, menm si ou pa sèten. Gratis, 24 èdtan, ou pa bezwen bay non w.",
    ),
}
LIGUE_180 = {
    "number": "180",
    "label": T(
        pt="Ligue 180 – Atendimento à Mulher",
        es="Ligue 180 – Atención a la mujer",
        en="Ligue 180 – Women’s helpline",
        fr="Ligue 180 – Écoute des femmes",
        ht="Ligue 180 – Liy pou fanm",
    ),
    "description": T(
        pt="Violência contra a mulher, incluindo exploração sexual. Gratuito, 24 horas.",
        es="Violencia contra la mujer, incluida la explotación sexual. Gratuito, 24 horas.",
        en="Violence against women, including sexual exploitation. Free, 24 hours.",
        fr="Violences faites aux femmes, y compris l’exploitation sexuelle. Gratuit, 24 h sur 24.",
        ht="Vyolans kont fanm, tankou eksplwatasyon seksyèl. Gratis, 24 èdtan.",
    ),
}

MIGRANTS = {
    "slug": "migrar-com-seguranca",
    "title": T(
        pt="Migrar com segurança",
        es="Migrar con seguridad",
        en="Migrate safely",
        fr="Migrer en sécurité",
        ht="Imigre san danje",
    ),
    "intro": T(
        pt="Atravessadores prometem uma viagem fácil, mas cobram caro e expõem as pessoas a fraude, extorsão e violência. Conheça os caminhos regulares para entrar e viver no Brasil.",
        es="Los intermediarios prometen un viaje fácil, pero cobran caro y exponen a las personas a fraude, extorsión y violencia. Conozca las vías regulares para entrar y vivir en Brasil.",
        en="Smugglers promise an easy journey, but they charge a lot and expose people to fraud, extortion and violence. Learn the regular ways to enter and live in Brazil.",
        fr="Les passeurs promettent un voyage facile, mais ils coûtent cher et exposent les personnes à la fraude, à l’extorsion et à la violence. Découvrez les voies régulières pour entrer et vivre au Brésil.",
        ht="Raketè yo pwomèt yon vwayaj fasil, men yo mande anpil lajan epi yo mete moun an danje fwod, chantaj ak vyolans. Konnen wout legal yo pou antre epi viv Brezil.",
    ),
    "hero_alt": T(
        pt="Mochila ao lado de um mapa com uma rota marcada até a fronteira.",
        es="Una mochila junto a un mapa con una ruta marcada hasta la frontera.",
        en="A backpack next to a map with a route marked to the border.",
        fr="Un sac à dos à côté d’une carte avec un itinéraire tracé jusqu’à la frontière.",
        ht="Yon sak do bò kote yon kat ki make yon wout jiska fwontyè a.",
    ),
    "messages": [
        T(
            pt="Quem cobra para atravessar a fronteira escondido não protege você.",
            es="Quien cobra por cruzar la frontera a escondidas no le protege.",
            en="People who charge to take you across the border in secret do not protect you.",
            fr="Celui qui se fait payer pour vous faire passer la frontière en cachette ne vous protège pas.",
            ht="Moun ki fè w peye pou travèse fwontyè a an kachèt pa pwoteje w.",
        ),
        T(
            pt="Pedir refúgio ou autorização de residência é gratuito.",
            es="Solicitar refugio o autorización de residencia es gratuito.",
            en="Applying for refugee status or a residence permit is free.",
            fr="Demander l’asile ou une autorisation de séjour est gratuit.",
            ht="Mande refij oswa otorizasyon rezidans gratis.",
        ),
    ],
    "paragraph": T(
        pt="Esta campanha responde ao I Plano de Ação de Enfrentamento ao Contrabando de Migrantes, que pede campanhas nas redes sociais para pessoas migrantes, brasileiras e estrangeiras, sobre os riscos da migração irregular e as formas regulares de entrada e residência.",
        es="Esta campaña responde al I Plan de Acción contra el Tráfico Ilícito de Migrantes, que pide campañas en redes sociales para personas migrantes, brasileñas y extranjeras, sobre los riesgos de la migración irregular y las formas regulares de entrada y residencia.",
        en="This campaign answers the First Action Plan against Migrant Smuggling, which calls for social media campaigns for migrants, Brazilian and foreign, on the risks of irregular migration and the regular ways to enter and reside.",
        fr="Cette campagne répond au Ier Plan d’action contre le trafic illicite de migrants, qui demande des campagnes sur les réseaux sociaux destinées aux personnes migrantes, brésiliennes et étrangères, sur les risques de la migration irrégulière et les voies régulières d’entrée et de séjour.",
        ht="Kanpay sa a reponn premye Plan Aksyon kont Kontrebann Migran an, ki mande kanpay sou rezo sosyal pou migran, brezilyen kou etranje, sou danje migrasyon ilegal ak fason legal pou antre epi rete.",
    ),
    "scenario": {
        "title": T(
            pt="A oferta do primo de um amigo",
            es="La oferta del primo de un amigo",
            en="The offer from a friend’s cousin",
            fr="L’offre du cousin d’un ami",
            ht="Òf kouzen yon zanmi",
        ),
        "situation": T(
            pt="Jean recebe uma mensagem: por 2 mil dólares, um conhecido leva ele até São Paulo “sem papelada”. Ele precisa pagar metade antes, entregar o passaporte na viagem e não contar nada para a família.",
            es="Jean recibe un mensaje: por 2 mil dólares, un conocido lo lleva hasta São Paulo “sin papeles”. Debe pagar la mitad antes, entregar el pasaporte durante el viaje y no contarle nada a su familia.",
            en="Jean gets a message: for 2,000 dollars, an acquaintance will take him to São Paulo “without paperwork”. He must pay half up front, hand over his passport on the way and tell his family nothing.",
            fr="Jean reçoit un message : pour 2 000 dollars, une connaissance l’emmène jusqu’à São Paulo « sans papiers ». Il doit payer la moitié d’avance, remettre son passeport pendant le voyage et ne rien dire à sa famille.",
            ht="Jean resevwa yon mesaj: pou 2 mil dola, yon moun li konnen ap mennen l São Paulo “san papye”. Li dwe peye mwatye davans, bay paspò li pandan vwayaj la epi pa di fanmi l anyen.",
        ),
        "signs": [
            T(
                pt="Pagamento adiantado para uma travessia escondida.",
                es="Pago adelantado por un cruce a escondidas.",
                en="Payment up front for a hidden crossing.",
                fr="Un paiement d’avance pour un passage caché.",
                ht="Peye davans pou yon travèse an kachèt.",
            ),
            T(
                pt="Pedido para entregar o passaporte.",
                es="Le piden entregar el pasaporte.",
                en="Being asked to hand over the passport.",
                fr="On lui demande de remettre son passeport.",
                ht="Yo mande l bay paspò li.",
            ),
            T(
                pt="Pedido de segredo à família.",
                es="Le piden guardar el secreto ante la familia.",
                en="Being asked to keep it secret from the family.",
                fr="On lui demande de garder le secret envers sa famille.",
                ht="Yo mande l kache sa pou fanmi l.",
            ),
        ],
        "todo": T(
            pt="Não viaje assim. Procure um serviço oficial ou um posto de atendimento a migrantes e, se alguém estiver em perigo, ligue 100.",
            es="No viaje así. Busque un servicio oficial o un puesto de atención a migrantes y, si alguien está en peligro, llame al 100.",
            en="Do not travel like this. Go to an official service or a migrant help post and, if someone is in danger, call 100.",
            fr="Ne partez pas ainsi. Adressez-vous à un service officiel ou à un poste d’accueil des migrants et, si quelqu’un est en danger, appelez le 100.",
            ht="Pa vwayaje konsa. Ale nan yon sèvis ofisyèl oswa yon pòs ki resevwa migran, epi si yon moun an danje, rele 100.",
        ),
    },
}

SCHOOLS = {
    "slug": "escola-que-protege",
    "title": T(
        pt="Escola que protege",
        es="Escuela que protege",
        en="Schools that protect",
        fr="L’école qui protège",
        ht="Lekòl ki pwoteje",
    ),
    "intro": T(
        pt="Materiais para professores e estudantes conversarem sobre ofertas enganosas, segurança na internet e onde pedir ajuda.",
        es="Materiales para que docentes y estudiantes conversen sobre ofertas engañosas, seguridad en internet y dónde pedir ayuda.",
        en="Materials for teachers and students to talk about deceptive offers, online safety and where to get help.",
        fr="Des supports pour que les enseignants et les élèves parlent des offres trompeuses, de la sécurité sur internet et des endroits où demander de l’aide.",
        ht="Materyèl pou pwofesè ak elèv pale sou òf ki twonpe moun, sekirite sou entènèt ak kote pou mande èd.",
    ),
    "hero_alt": T(
        pt="Sala de aula com estudantes em roda conversando com a professora.",
        es="Aula con estudiantes en círculo conversando con la profesora.",
        en="A classroom with students in a circle talking with their teacher.",
        fr="Une salle de classe où des élèves en cercle discutent avec leur professeure.",
        ht="Yon sal klas kote elèv yo chita an sèk ap pale ak pwofesè a.",
    ),
    "messages": [
        T(
            pt="Proposta boa demais, com pressa e segredo, é sinal de alerta.",
            es="Una propuesta demasiado buena, con prisa y secreto, es una señal de alerta.",
            en="An offer that is too good, rushed and secret is a warning sign.",
            fr="Une offre trop belle, pressée et secrète est un signal d’alerte.",
            ht="Yon òf ki twò bon, ak prese ak sekrè, se yon siy danje.",
        ),
        T(
            pt="Conte para um adulto de confiança antes de aceitar.",
            es="Cuéntaselo a un adulto de confianza antes de aceptar.",
            en="Tell an adult you trust before you accept.",
            fr="Parles-en à un adulte de confiance avant d’accepter.",
            ht="Di yon granmoun ou fè konfyans anvan ou aksepte.",
        ),
    ],
    "paragraph": T(
        pt="O plano de ação 2025–2028 da Rede de NETP e PAAHM prevê, no item 5, atividades de prevenção sobretudo nas escolas e materiais de campanha para realizá-las. Os núcleos estaduais podem imprimir estas peças e levá-las às escolas do seu território.",
        es="El plan de acción 2025–2028 de la Red de NETP y PAAHM prevé, en el punto 5, actividades de prevención sobre todo en las escuelas y materiales de campaña para realizarlas. Los núcleos estatales pueden imprimir estas piezas y llevarlas a las escuelas de su territorio.",
        en="Item 5 of the 2025–2028 action plan of the NETP and PAAHM network provides for prevention activities, above all in schools, and campaign materials to carry them out. State centres can print these pieces and take them to the schools in their area.",
        fr="Le point 5 du plan d’action 2025–2028 du réseau des NETP et PAAHM prévoit des activités de prévention, surtout dans les écoles, et des supports de campagne pour les mener. Les centres des États peuvent imprimer ces supports et les apporter aux écoles de leur territoire.",
        ht="Pwen 5 nan plan aksyon 2025–2028 rezo NETP ak PAAHM lan prevwa aktivite prevansyon, sitou nan lekòl yo, ak materyèl kanpay pou fè yo. Biwo eta yo ka enprime materyèl sa yo epi pote yo nan lekòl zòn yo.",
    ),
    "question": T(
        pt="Como começar a conversa em sala de aula?",
        es="¿Cómo empezar la conversación en el aula?",
        en="How do I start the conversation in class?",
        fr="Comment lancer la discussion en classe ?",
        ht="Kijan pou m kòmanse konvèsasyon an nan klas la?",
    ),
    "answer": T(
        pt="Parta de um anúncio de emprego ou de uma mensagem de rede social e peça à turma para encontrar o que não combina.",
        es="Parta de un anuncio de empleo o de un mensaje de red social y pida al grupo que encuentre lo que no encaja.",
        en="Start from a job advert or a social media message and ask the class to find what does not add up.",
        fr="Partez d’une offre d’emploi ou d’un message sur un réseau social et demandez à la classe de trouver ce qui cloche.",
        ht="Kòmanse ak yon anons travay oswa yon mesaj sou rezo sosyal epi mande klas la jwenn sa ki pa mache.",
    ),
}

LABOUR = {
    "slug": "trabalho-sem-escravidao",
    "title": T(
        pt="Trabalho sem escravidão",
        es="Trabajo sin esclavitud",
        en="Work without slavery",
        fr="Travail sans esclavage",
        ht="Travay san esklavaj",
    ),
    "intro": T(
        pt="Dívida que nunca acaba, documentos retidos e jornadas exaustivas são sinais de trabalho escravo. Saiba reconhecer e denunciar.",
        es="Una deuda que nunca termina, documentos retenidos y jornadas agotadoras son señales de trabajo esclavo. Aprenda a reconocerlo y denunciarlo.",
        en="A debt that never ends, confiscated documents and exhausting hours are signs of slave labour. Learn to recognise and report it.",
        fr="Une dette qui ne finit jamais, des papiers confisqués et des journées épuisantes sont des signes de travail forcé. Apprenez à le reconnaître et à le signaler.",
        ht="Yon dèt ki pa janm fini, papye yo konfiske ak jounen travay ki fatige w twòp se siy travay esklav. Aprann rekonèt li epi denonse l.",
    ),
    "hero_alt": T(
        pt="Mãos de um trabalhador rural segurando uma carteira de trabalho.",
        es="Manos de un trabajador rural sosteniendo una libreta de trabajo.",
        en="A farm worker’s hands holding a work record booklet.",
        fr="Les mains d’un travailleur agricole tenant un carnet de travail.",
        ht="Men yon travayè latè k ap kenbe yon kanè travay.",
    ),
    "messages": [
        T(
            pt="Ninguém pode prender você por causa de uma dívida.",
            es="Nadie puede retenerle por una deuda.",
            en="No one can hold you because of a debt.",
            fr="Personne ne peut vous retenir à cause d’une dette.",
            ht="Pèsonn pa gen dwa kenbe w akoz yon dèt.",
        ),
        T(
            pt="Seus documentos são seus: o patrão não pode ficar com eles.",
            es="Sus documentos son suyos: el empleador no puede quedarse con ellos.",
            en="Your documents are yours: your employer cannot keep them.",
            fr="Vos papiers vous appartiennent : l’employeur ne peut pas les garder.",
            ht="Papye w se pou ou: patwon an pa gen dwa kenbe yo.",
        ),
    ],
    "paragraph": T(
        pt="A campanha foi feita para alojamentos, canteiros de obra, fazendas e rodoviárias. As peças trazem os canais de denúncia, como pede o plano de ação contra o contrabando de migrantes, porque muitas vítimas de trabalho escravo são migrantes.",
        es="La campaña se hizo para alojamientos, obras, haciendas y terminales de autobuses. Las piezas incluyen los canales de denuncia, como pide el plan de acción contra el tráfico ilícito de migrantes, porque muchas víctimas de trabajo esclavo son migrantes.",
        en="The campaign was made for workers’ lodgings, building sites, farms and bus stations. The pieces carry the reporting channels, as the action plan against migrant smuggling asks, because many victims of slave labour are migrants.",
        fr="La campagne a été conçue pour les logements de travailleurs, les chantiers, les exploitations agricoles et les gares routières. Les supports indiquent les canaux de signalement, comme le demande le plan d’action contre le trafic illicite de migrants, car beaucoup de victimes du travail forcé sont migrantes.",
        ht="Kanpay la fèt pou lojman travayè, chantye, fèm ak estasyon bis. Materyèl yo gen liy denonsyasyon yo, jan plan aksyon kont kontrebann migran an mande l, paske anpil viktim travay esklav se migran.",
    ),
}

MATERIAL_TEXTS = {
    "migrants-poster-pt": (
        "Cartaz Migrar com segurança",
        "Cartaz A3 com os sinais de alerta de uma travessia irregular e o Disque 100.",
    ),
    "migrants-poster-es": (
        "Cartel Migrar con seguridad",
        "Cartel A3 en español con las señales de alerta y el Disque 100.",
    ),
    "migrants-card-ht": (
        "Kat rezo sosyal: Imigre san danje",
        "Kat kare pou WhatsApp ak rezo sosyal, an kreyòl.",
    ),
    "migrants-leaflet": (
        "Folheto Migrar com segurança (5 idiomas)",
        "Folheto A5 em português, espanhol, inglês, francês e crioulo haitiano.",
    ),
    "schools-poster-pt": ("Cartaz Escola que protege", "Cartaz A3 para murais de escolas."),
    "schools-poster-es": (
        "Cartel Escuela que protege",
        "Cartel A3 en español para escuelas de frontera.",
    ),
    "schools-guide-pt": (
        "Roteiro para professores",
        "Roteiro de atividade em sala de aula, em PDF A4.",
    ),
    "labour-poster-pt": (
        "Cartaz Trabalho sem escravidão",
        "Cartaz A2 para alojamentos e canteiros.",
    ),
    "labour-poster-en": (
        "Poster Work without slavery",
        "A2 poster in English for ports and bus stations.",
    ),
    "labour-leaflet": (
        "Folheto Trabalho sem escravidão (pt/es)",
        "Folheto A5 bilíngue português e espanhol.",
    ),
}
