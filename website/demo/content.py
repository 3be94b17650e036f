"""Demo content for the CGETP portal: home page, section pages and site settings.

Facts come from the public documents in the shared seeds (III and IV National Plans,
the 2025-2028 action plan of the NETP/PAAHM network, the I PAECM and the IOM booklet
on care flows); the wording is the portal's own. Every text is a ``T`` unit in
Brazilian Portuguese, Spanish, English, French and Haitian Creole.
"""

from website.demo.text import T

HOME = {
    "title": T(
        pt="Enfrentamento ao tráfico de pessoas e ao contrabando de migrantes",
        es="Lucha contra la trata de personas y el tráfico ilícito de migrantes",
        en="Action against trafficking in persons and migrant smuggling",
        fr="Lutte contre la traite des personnes et le trafic illicite de migrants",
        ht="Konba kont trafik moun ak kontrebann migran",
    ),
    "hero_title": T(
        pt="Ninguém está à venda: informação e ajuda contra o tráfico de pessoas",
        es="Nadie está en venta: información y ayuda contra la trata de personas",
        en="No one is for sale: information and help against human trafficking",
        fr="Personne n’est à vendre : informations et aide contre la traite des personnes",
        ht="Pèsonn pa a vann: enfòmasyon ak èd kont trafik moun",
    ),
    "hero_text": T(
        pt="Este é o portal da Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas e Contrabando de Migrantes (CGETP), do Ministério da Justiça e Segurança Pública. Aqui você aprende a reconhecer os riscos, descobre onde denunciar e encontra apoio, em cinco idiomas.",
        es="Este es el portal de la Coordinación General de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes (CGETP), del Ministerio de Justicia y Seguridad Pública de Brasil. Aquí puede aprender a reconocer los riesgos, saber dónde denunciar y encontrar apoyo, en cinco idiomas.",
        en="This is the portal of the General Coordination against Trafficking in Persons and Migrant Smuggling (CGETP) of Brazil’s Ministry of Justice and Public Security. Here you can learn to recognise the risks, find out where to report and get support, in five languages.",
        fr="Voici le portail de la Coordination générale de lutte contre la traite des personnes et le trafic illicite de migrants (CGETP), du ministère de la Justice et de la Sécurité publique du Brésil. Vous y apprendrez à reconnaître les risques, à savoir où signaler une situation et à trouver de l’aide, en cinq langues.",
        ht="Sa a se sit Kowòdinasyon Jeneral pou Konbat Trafik Moun ak Kontrebann Migran (CGETP), ki nan Ministè Lajistis ak Sekirite Piblik Brezil la. Isit la ou ka aprann rekonèt danje yo, konnen ki kote pou w fè denonsyasyon epi jwenn sipò, nan senk lang.",
    ),
    "body": [
        (
            "paragraph",
            [
                T(
                    pt="Bem-vindo. O tráfico de pessoas e o contrabando de migrantes atingem brasileiros e estrangeiros, adultos e crianças, no campo e na cidade. Quase sempre começam com uma promessa: um emprego bem pago, uma vaga de estudo, um casamento, uma viagem fácil. Saber como esses crimes funcionam é a melhor forma de se proteger e de proteger quem está por perto.",
                    es="Bienvenido. La trata de personas y el tráfico ilícito de migrantes afectan a brasileños y extranjeros, adultos y niños, en el campo y en la ciudad. Casi siempre empiezan con una promesa: un empleo bien pagado, una plaza de estudio, un matrimonio, un viaje fácil. Entender cómo funcionan estos delitos es la mejor manera de protegerse y de proteger a quienes están cerca.",
                    en="Welcome. Trafficking in persons and migrant smuggling affect Brazilians and foreigners, adults and children, in the countryside and in cities. They almost always start with a promise: a well-paid job, a place to study, a marriage, an easy journey. Knowing how these crimes work is the best way to protect yourself and the people around you.",
                    fr="Bienvenue. La traite des personnes et le trafic illicite de migrants touchent des Brésiliens comme des étrangers, des adultes comme des enfants, à la campagne comme en ville. Tout commence presque toujours par une promesse : un emploi bien payé, une place dans une école, un mariage, un voyage facile. Comprendre comment ces crimes fonctionnent est le meilleur moyen de se protéger et de protéger ses proches.",
                    ht="Byenvini. Trafik moun ak kontrebann migran frape ni Brezilyen ni etranje, ni granmoun ni timoun, nan andeyò kou nan lavil. Prèske toujou, sa kòmanse ak yon pwomès: yon travay ki peye byen, yon plas pou etidye, yon maryaj, yon vwayaj ki fasil. Lè w konprann kijan krim sa yo fonksyone, se pi bon fason pou w pwoteje tèt ou ak moun ki bò kote w.",
                ),
                T(
                    pt="Este portal reúne informação em linguagem simples, campanhas de prevenção, orientações para profissionais e os planos nacionais que organizam a resposta do Estado brasileiro. Todo o conteúdo está disponível em português, espanhol, inglês, francês e crioulo haitiano.",
                    es="Este portal reúne información en lenguaje sencillo, campañas de prevención, orientaciones para profesionales y los planes nacionales que organizan la respuesta del Estado brasileño. Todo el contenido está disponible en portugués, español, inglés, francés y criollo haitiano.",
                    en="This portal brings together plain-language information, prevention campaigns, guidance for professionals and the national plans that shape the Brazilian State’s response. All content is available in Portuguese, Spanish, English, French and Haitian Creole.",
                    fr="Ce portail rassemble des informations en langage simple, des campagnes de prévention, des conseils pour les professionnels et les plans nationaux qui organisent la réponse de l’État brésilien. Tout le contenu est disponible en portugais, espagnol, anglais, français et créole haïtien.",
                    ht="Sit sa a mete ansanm enfòmasyon nan yon langaj ki senp, kanpay prevansyon, konsèy pou pwofesyonèl yo ak plan nasyonal ki òganize repons Leta brezilyen an. Tout kontni an disponib an pòtigè, panyòl, angle, franse ak kreyòl ayisyen.",
                ),
            ],
        ),
        (
            "callout",
            {
                "tone": "emergency",
                "title": T(
                    pt="Você ou alguém que você conhece está em perigo?",
                    es="¿Usted o alguien que conoce está en peligro?",
                    en="Are you or someone you know in danger?",
                    fr="Êtes-vous en danger, vous ou une personne que vous connaissez ?",
                    ht="Èske ou menm oswa yon moun ou konnen an danje?",
                ),
                "text": [
                    T(
                        pt="Em uma emergência, ligue <b>190</b> e chame a polícia. Para denunciar tráfico de pessoas ou outra violação de direitos humanos, ligue <b>Disque 100</b>; em casos de violência contra a mulher, ligue <b>Ligue 180</b>. As ligações são gratuitas e você não precisa se identificar.",
                        es="En una emergencia, llame al <b>190</b> para pedir ayuda a la policía. Para denunciar trata de personas u otra violación de derechos humanos, llame al <b>Disque 100</b> (línea de derechos humanos); en casos de violencia contra la mujer, llame al <b>Ligue 180</b> (línea de atención a la mujer). Las llamadas son gratuitas y no necesita identificarse.",
                        en="In an emergency, dial <b>190</b> to call the police. To report human trafficking or any other human rights violation, call <b>Disque 100</b> (human rights hotline); for violence against women, call <b>Ligue 180</b> (women’s helpline). Calls are free and you do not have to give your name.",
                        fr="En cas d’urgence, composez le <b>190</b> pour appeler la police. Pour signaler une situation de traite des personnes ou toute autre violation des droits humains, appelez le <b>Disque 100</b> (ligne des droits humains) ; en cas de violence contre une femme, appelez le <b>Ligue 180</b> (ligne d’écoute pour les femmes). Les appels sont gratuits et vous n’êtes pas obligé de donner votre nom.",
                        ht="Si se yon ijans, rele <b>190</b> pou w jwenn lapolis. Pou w denonse trafik moun oswa nenpòt lòt vyolasyon dwa moun, rele <b>Disque 100</b> (liy dwa moun); si se vyolans kont yon fanm, rele <b>Ligue 180</b> (liy pou fanm). Apèl yo gratis epi ou pa oblije bay non w.",
                    ),
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    pt="Onde denunciar e pedir ajuda",
                    es="Dónde denunciar y pedir ayuda",
                    en="Where to report and ask for help",
                    fr="Où signaler et demander de l’aide",
                    ht="Ki kote pou w denonse epi mande èd",
                ),
                "text": T(
                    pt="Canais de denúncia por telefone e pela internet, núcleos estaduais, postos de atendimento a migrantes e assistência consular para brasileiros no exterior.",
                    es="Canales de denuncia por teléfono e internet, núcleos estatales, puestos de atención a migrantes y asistencia consular para brasileños en el exterior.",
                    en="Phone and online reporting channels, state centres, care posts for migrants and consular assistance for Brazilians abroad.",
                    fr="Canaux de signalement par téléphone et en ligne, centres des États, postes d’accueil pour les migrants et assistance consulaire pour les Brésiliens à l’étranger.",
                    ht="Liy telefòn ak sit entènèt pou fè denonsyasyon, biwo nan eta yo, pòs ki resevwa migran ak asistans konsila pou Brezilyen ki nan lòt peyi.",
                ),
                "button_label": T(
                    pt="Ver canais de ajuda",
                    es="Ver canales de ayuda",
                    en="See where to get help",
                    fr="Voir les canaux d’aide",
                    ht="Gade kote pou jwenn èd",
                ),
                "page": "onde-pedir-ajuda",
            },
        ),
        (
            "heading",
            {
                "text": T(
                    pt="Tráfico de pessoas e contrabando de migrantes não são a mesma coisa",
                    es="La trata de personas y el tráfico ilícito de migrantes no son lo mismo",
                    en="Trafficking in persons and migrant smuggling are not the same thing",
                    fr="La traite des personnes et le trafic illicite de migrants ne sont pas la même chose",
                    ht="Trafik moun ak kontrebann migran se pa menm bagay",
                ),
                "level": "h2",
            },
        ),
        (
            "heading",
            {
                "text": T(
                    pt="O que é tráfico de pessoas",
                    es="Qué es la trata de personas",
                    en="What trafficking in persons is",
                    fr="Qu’est-ce que la traite des personnes",
                    ht="Kisa trafik moun ye",
                ),
                "level": "h3",
            },
        ),
        (
            "paragraph",
            [
                T(
                    pt="É um <b>crime contra a pessoa</b>. Alguém recruta, transporta, abriga ou recebe outra pessoa por meio de ameaça, violência, coação, fraude ou abuso, com a finalidade de explorá-la: em trabalho análogo ao de escravo, servidão, exploração sexual, adoção ilegal ou remoção de órgãos. O tráfico pode acontecer dentro do próprio país, sem que a vítima cruze nenhuma fronteira.",
                    es="Es un <b>delito contra la persona</b>. Alguien recluta, transporta, aloja o recibe a otra persona mediante amenaza, violencia, coacción, engaño o abuso, con el fin de explotarla: en trabajo análogo a la esclavitud, servidumbre, explotación sexual, adopción ilegal o extracción de órganos. La trata puede ocurrir dentro del mismo país, sin que la víctima cruce ninguna frontera.",
                    en="It is a <b>crime against the person</b>. Someone recruits, transports, houses or receives another person through threats, violence, coercion, deception or abuse, in order to exploit them: in slave-like labour, servitude, sexual exploitation, illegal adoption or organ removal. Trafficking can happen inside a single country, without the victim ever crossing a border.",
                    fr="C’est un <b>crime contre la personne</b>. Quelqu’un recrute, transporte, héberge ou accueille une autre personne par la menace, la violence, la contrainte, la tromperie ou l’abus, dans le but de l’exploiter : travail analogue à l’esclavage, servitude, exploitation sexuelle, adoption illégale ou prélèvement d’organes. La traite peut avoir lieu à l’intérieur d’un même pays, sans que la victime ne franchisse aucune frontière.",
                    ht="Se yon <b>krim kont moun nan limenm</b>. Yon moun rekrite, transpòte, loje oswa resevwa yon lòt moun pandan l ap menase l, fè l vyolans, fòse l, twonpe l oswa abize l, pou l ka eksplwate l: travay tankou esklav, sèvitid, eksplwatasyon seksyèl, adopsyon ilegal oswa retire ògàn li. Trafik moun ka fèt anndan yon sèl peyi, san viktim nan pa janm travèse okenn fwontyè.",
                ),
            ],
        ),
        (
            "heading",
            {
                "text": T(
                    pt="O que é contrabando de migrantes",
                    es="Qué es el tráfico ilícito de migrantes",
                    en="What migrant smuggling is",
                    fr="Qu’est-ce que le trafic illicite de migrants",
                    ht="Kisa kontrebann migran ye",
                ),
                "level": "h3",
            },
        ),
        (
            "paragraph",
            [
                T(
                    pt="É um <b>crime contra o Estado</b>. Consiste em facilitar a entrada irregular de alguém em um país do qual não é nacional nem residente, em troca de dinheiro ou de outra vantagem. A pessoa migrante não é a criminosa: ela tem direitos, pode pedir proteção e a política brasileira segue o princípio de não criminalizar a migração.",
                    es="Es un <b>delito contra el Estado</b>. Consiste en facilitar la entrada irregular de alguien en un país del que no es nacional ni residente, a cambio de dinero o de otro beneficio. La persona migrante no es la delincuente: tiene derechos, puede pedir protección y la política brasileña sigue el principio de no criminalizar la migración.",
                    en="It is a <b>crime against the State</b>. It means helping someone enter a country where they are neither a national nor a resident, irregularly, in exchange for money or some other benefit. The migrant is not the criminal: they have rights, they can ask for protection, and Brazilian policy follows the principle that migration is not a crime.",
                    fr="C’est un <b>crime contre l’État</b>. Il consiste à faciliter l’entrée irrégulière d’une personne dans un pays dont elle n’est ni ressortissante ni résidente, en échange d’argent ou d’un autre avantage. La personne migrante n’est pas la criminelle : elle a des droits, peut demander une protection, et la politique brésilienne suit le principe de non-criminalisation de la migration.",
                    ht="Se yon <b>krim kont Leta</b>. Se lè yon moun ede yon lòt antre nan yon peyi kote li pa sitwayen ni rezidan, san papye ki an règ, pou l touche lajan oswa yon lòt avantaj. Migran an se pa kriminèl la: li gen dwa, li ka mande pwoteksyon, epi politik Brezil la swiv prensip ki di migrasyon pa yon krim.",
                ),
            ],
        ),
        (
            "callout",
            {
                "tone": "warning",
                "title": T(
                    pt="Quando uma viagem irregular vira tráfico",
                    es="Cuando un viaje irregular se convierte en trata",
                    en="When an irregular journey turns into trafficking",
                    fr="Quand un voyage irrégulier devient de la traite",
                    ht="Lè yon vwayaj san papye tounen trafik moun",
                ),
                "text": [
                    T(
                        pt="Um trajeto combinado com um atravessador pode se transformar em exploração. Desconfie se alguém retém seus documentos, cobra uma dívida que nunca termina, impede você de sair ou obriga você a trabalhar. Nesses casos, procure ajuda o quanto antes.",
                        es="Un trayecto acordado con un intermediario puede convertirse en explotación. Desconfíe si alguien le retiene los documentos, le cobra una deuda que nunca se acaba, le impide salir o le obliga a trabajar. En esos casos, busque ayuda cuanto antes.",
                        en="A journey arranged with a smuggler can turn into exploitation. Be suspicious if someone keeps your documents, demands a debt that never ends, stops you from leaving or forces you to work. If this happens, get help as soon as you can.",
                        fr="Un trajet organisé avec un passeur peut se transformer en exploitation. Méfiez-vous si quelqu’un garde vos papiers, exige une dette qui ne finit jamais, vous empêche de partir ou vous oblige à travailler. Dans ces cas, demandez de l’aide le plus tôt possible.",
                        ht="Yon vwayaj ou te fè aranjman ak yon raketè ka tounen eksplwatasyon. Fè atansyon si yon moun kenbe papye w, mande w peye yon dèt ki pa janm fini, anpeche w soti oswa fòse w travay. Si sa rive, chèche èd pi vit posib.",
                    ),
                ],
            },
        ),
        (
            "heading",
            {
                "text": T(
                    pt="Conheça o portal",
                    es="Conozca el portal",
                    en="Explore the portal",
                    fr="Découvrez le portail",
                    ht="Dekouvri sit la",
                ),
                "level": "h2",
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    pt="Campanhas de prevenção",
                    es="Campañas de prevención",
                    en="Prevention campaigns",
                    fr="Campagnes de prévention",
                    ht="Kanpay prevansyon",
                ),
                "text": T(
                    pt="Cartazes, folhetos e cards para redes sociais, pensados para escolas, trabalhadores, pessoas migrantes e o setor de transporte e turismo.",
                    es="Carteles, folletos y tarjetas para redes sociales, pensados para escuelas, trabajadores, personas migrantes y el sector de transporte y turismo.",
                    en="Posters, leaflets and social media cards designed for schools, workers, migrants and the transport and tourism sector.",
                    fr="Affiches, dépliants et visuels pour les réseaux sociaux, conçus pour les écoles, les travailleurs, les personnes migrantes et le secteur des transports et du tourisme.",
                    ht="Afich, feyè ak imaj pou rezo sosyal, ki fèt pou lekòl, travayè, migran ak moun ki travay nan transpò ak touris.",
                ),
                "button_label": T(
                    pt="Ver campanhas",
                    es="Ver campañas",
                    en="See the campaigns",
                    fr="Voir les campagnes",
                    ht="Gade kanpay yo",
                ),
                "page": "campanhas",
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    pt="Para quem comunica",
                    es="Para quienes comunican",
                    en="For people who report the news",
                    fr="Pour celles et ceux qui informent",
                    ht="Pou moun k ap bay nouvèl",
                ),
                "text": T(
                    pt="O guia para jornalistas e comunicadores explica como noticiar esses crimes sem expor nem prejudicar as vítimas.",
                    es="La guía para periodistas y comunicadores explica cómo informar sobre estos delitos sin exponer ni perjudicar a las víctimas.",
                    en="The guide for journalists and communicators explains how to cover these crimes without exposing or harming victims.",
                    fr="Le guide pour les journalistes et communicants explique comment parler de ces crimes sans exposer les victimes ni leur nuire.",
                    ht="Gid pou jounalis ak kominikatè yo esplike kijan pou w pale sou krim sa yo san w pa ekspoze ni fè viktim yo tò.",
                ),
                "button_label": T(
                    pt="Ler o guia",
                    es="Leer la guía",
                    en="Read the guide",
                    fr="Lire le guide",
                    ht="Li gid la",
                ),
                "page": "guia-para-jornalistas",
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    pt="Capacitação para a rede de enfrentamento",
                    es="Capacitación para la red de respuesta",
                    en="Training for the response network",
                    fr="Formation pour le réseau de lutte",
                    ht="Fòmasyon pou rezo k ap konbat krim sa yo",
                ),
                "text": T(
                    pt="Cursos montados a partir de módulos, com certificado, para profissionais da assistência social, da segurança pública, da saúde, da educação e das fronteiras.",
                    es="Cursos construidos a partir de módulos, con certificado, para profesionales de la asistencia social, la seguridad pública, la salud, la educación y las fronteras.",
                    en="Courses built from modules, with certificates, for professionals in social assistance, public security, health, education and border services.",
                    fr="Des cours construits à partir de modules, avec certificat, pour les professionnels de l’aide sociale, de la sécurité publique, de la santé, de l’éducation et des frontières.",
                    ht="Kou ki fèt ak plizyè modil, ak sètifika, pou pwofesyonèl nan asistans sosyal, sekirite piblik, sante, edikasyon ak fwontyè yo.",
                ),
                "button_label": T(
                    pt="Conhecer os cursos",
                    es="Conocer los cursos",
                    en="Browse the courses",
                    fr="Découvrir les cours",
                    ht="Dekouvri kou yo",
                ),
                "page": "capacitacao",
            },
        ),
        (
            "call_to_action",
            {
                "title": T(
                    pt="Os planos nacionais",
                    es="Los planes nacionales",
                    en="The national plans",
                    fr="Les plans nationaux",
                    ht="Plan nasyonal yo",
                ),
                "text": T(
                    pt="Metas, ações e monitoramento do III e do IV Plano Nacional de Enfrentamento ao Tráfico de Pessoas e do I Plano de Ação contra o Contrabando de Migrantes.",
                    es="Metas, acciones y seguimiento del III y del IV Plan Nacional de Lucha contra la Trata de Personas y del I Plan de Acción contra el Tráfico Ilícito de Migrantes.",
                    en="Goals, actions and monitoring of the Third and Fourth National Plans against Trafficking in Persons and the First Action Plan against Migrant Smuggling.",
                    fr="Objectifs, actions et suivi des IIIe et IVe Plans nationaux de lutte contre la traite des personnes et du Ier Plan d’action contre le trafic illicite de migrants.",
                    ht="Objektif, aksyon ak swivi twazyèm ak katriyèm Plan Nasyonal pou Konbat Trafik Moun, ansanm ak premye Plan Aksyon kont Kontrebann Migran.",
                ),
                "button_label": T(
                    pt="Ver os planos",
                    es="Ver los planes",
                    en="See the plans",
                    fr="Voir les plans",
                    ht="Gade plan yo",
                ),
                "page": "planos-nacionais",
            },
        ),
    ],
}

SECTIONS = [
    {
        "slug": "campanhas",
        "title": T(
            pt="Campanhas",
            es="Campañas",
            en="Campaigns",
            fr="Campagnes",
            ht="Kanpay",
        ),
        "intro": T(
            pt="As campanhas de prevenção levam informação sobre tráfico de pessoas e contrabando de migrantes a quem mais precisa. Os materiais podem ser baixados e impressos por núcleos estaduais, escolas e parceiros.",
            es="Las campañas de prevención llevan información sobre la trata de personas y el tráfico ilícito de migrantes a quienes más la necesitan. Los núcleos estatales, las escuelas y los socios pueden descargar e imprimir los materiales.",
            en="Prevention campaigns bring information about human trafficking and migrant smuggling to the people who need it most. State centres, schools and partners can download and print the materials.",
            fr="Les campagnes de prévention apportent des informations sur la traite des personnes et le trafic illicite de migrants à celles et ceux qui en ont le plus besoin. Les centres des États, les écoles et les partenaires peuvent télécharger et imprimer les supports.",
            ht="Kanpay prevansyon yo pote enfòmasyon sou trafik moun ak kontrebann migran bay moun ki pi bezwen l. Biwo nan eta yo, lekòl yo ak patnè yo ka telechaje epi enprime materyèl yo.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        pt="Para que servem as campanhas",
                        es="Para qué sirven las campañas",
                        en="What the campaigns are for",
                        fr="À quoi servent les campagnes",
                        ht="Poukisa kanpay yo egziste",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Quem alicia vítimas raramente usa a força no primeiro contato. Usa a confiança: uma proposta de trabalho no exterior, um anúncio de emprego que parece perfeito, uma “agência” que resolve documentos e passagens, um namoro que começa pela internet. As campanhas de prevenção ajudam as pessoas a perceber esses sinais antes de aceitar a oferta e mostram quais canais procurar quando algo parece errado.",
                        es="Quien capta víctimas rara vez usa la fuerza en el primer contacto. Usa la confianza: una propuesta de trabajo en el extranjero, un anuncio de empleo que parece perfecto, una “agencia” que se encarga de los documentos y los pasajes, un noviazgo que empieza por internet. Las campañas de prevención ayudan a las personas a notar estas señales antes de aceptar la oferta y muestran a qué canales acudir cuando algo no parece estar bien.",
                        en="People who recruit victims rarely use force at first. They use trust: an offer of work abroad, a job advert that looks perfect, an “agency” that sorts out documents and tickets, a romance that starts online. Prevention campaigns help people notice these signs before they accept an offer, and show them which channels to use when something seems wrong.",
                        fr="Ceux qui recrutent des victimes utilisent rarement la force au premier contact. Ils misent sur la confiance : une offre de travail à l’étranger, une annonce d’emploi qui semble parfaite, une « agence » qui s’occupe des papiers et des billets, une relation amoureuse qui commence sur internet. Les campagnes de prévention aident chacun à repérer ces signaux avant d’accepter une offre et indiquent vers quels canaux se tourner lorsque quelque chose semble anormal.",
                        ht="Moun k ap chèche viktim yo raman sèvi ak fòs depi premye fwa. Yo sèvi ak konfyans: yon òf travay nan lòt peyi, yon anons travay ki sanble pafè, yon “ajans” ki okipe papye ak tikè avyon, yon renmen ki kòmanse sou entènèt. Kanpay prevansyon yo ede moun remake siy sa yo anvan yo aksepte yon òf, epi yo montre ki kote pou yo ale lè yon bagay pa sanble nòmal.",
                    ),
                    T(
                        pt="Todas as peças trazem os canais oficiais de denúncia, como o Disque 100 e o Ligue 180. Essa é uma orientação do I Plano de Ação de Enfrentamento ao Contrabando de Migrantes, que pede a inclusão das informações sobre canais de denúncia em capacitações, materiais e campanhas.",
                        es="Todas las piezas incluyen los canales oficiales de denuncia, como el Disque 100 y el Ligue 180. Así lo establece el I Plan de Acción contra el Tráfico Ilícito de Migrantes, que pide incluir la información sobre los canales de denuncia en capacitaciones, materiales y campañas.",
                        en="Every piece includes the official reporting channels, such as Disque 100 and Ligue 180. This follows the First Action Plan against Migrant Smuggling, which asks for information on reporting channels to be included in training, materials and campaigns.",
                        fr="Chaque support mentionne les canaux officiels de signalement, comme le Disque 100 et le Ligue 180. C’est une recommandation du Ier Plan d’action contre le trafic illicite de migrants, qui demande d’intégrer ces informations dans les formations, les supports et les campagnes.",
                        ht="Chak materyèl gen liy ofisyèl pou fè denonsyasyon yo ladan l, tankou Disque 100 ak Ligue 180. Se sa premye Plan Aksyon kont Kontrebann Migran an mande: mete enfòmasyon sou liy denonsyasyon yo nan fòmasyon, materyèl ak kanpay yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Para quem falamos",
                        es="A quién nos dirigimos",
                        en="Who we are talking to",
                        fr="À qui nous nous adressons",
                        ht="Ak ki moun n ap pale",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="<b>Público em geral.</b> Mensagens curtas para entender o que é tráfico de pessoas, como ele começa e como denunciar, mesmo sem ter certeza.",
                        es="<b>Público en general.</b> Mensajes breves para entender qué es la trata de personas, cómo empieza y cómo denunciarla, aunque no se tenga certeza.",
                        en="<b>The general public.</b> Short messages explaining what human trafficking is, how it starts and how to report it, even when you are not sure.",
                        fr="<b>Grand public.</b> Des messages courts pour comprendre ce qu’est la traite des personnes, comment elle commence et comment la signaler, même sans certitude.",
                        ht="<b>Tout moun.</b> Ti mesaj kout pou konprann sa trafik moun ye, kijan li kòmanse ak kijan pou w denonse l, menm si ou pa sèten.",
                    ),
                    T(
                        pt="<b>Pessoas migrantes e refugiadas.</b> Informação nos idiomas de quem chega ao Brasil sobre direitos, regularização migratória e riscos das rotas irregulares.",
                        es="<b>Personas migrantes y refugiadas.</b> Información en los idiomas de quienes llegan a Brasil sobre derechos, regularización migratoria y riesgos de las rutas irregulares.",
                        en="<b>Migrants and refugees.</b> Information in the languages of people arriving in Brazil about their rights, how to regularise their status and the risks of irregular routes.",
                        fr="<b>Personnes migrantes et réfugiées.</b> Des informations dans les langues des personnes qui arrivent au Brésil sur leurs droits, la régularisation migratoire et les risques des routes irrégulières.",
                        ht="<b>Migran ak refijye.</b> Enfòmasyon nan lang moun k ap rive Brezil yo, sou dwa yo, kijan pou yo regilarize papye yo ak danje ki genyen nan wout ilegal yo.",
                    ),
                    T(
                        pt="<b>Estudantes e escolas.</b> Materiais para conversar com crianças, adolescentes e jovens sobre ofertas enganosas, segurança na internet e proteção de direitos.",
                        es="<b>Estudiantes y escuelas.</b> Materiales para conversar con niños, adolescentes y jóvenes sobre ofertas engañosas, seguridad en internet y protección de derechos.",
                        en="<b>Students and schools.</b> Materials for talking with children, teenagers and young people about deceptive offers, online safety and protecting their rights.",
                        fr="<b>Élèves et écoles.</b> Des supports pour parler avec les enfants, les adolescents et les jeunes des offres trompeuses, de la sécurité sur internet et de la protection de leurs droits.",
                        ht="<b>Elèv ak lekòl.</b> Materyèl pou pale ak timoun, adolesan ak jèn moun sou òf ki twonpe moun, sekirite sou entènèt ak pwoteksyon dwa yo.",
                    ),
                    T(
                        pt="<b>Trabalhadores e trabalhadoras.</b> Alertas sobre promessas de emprego, dívidas impostas pelo patrão, retenção de documentos e trabalho em condições análogas às de escravo.",
                        es="<b>Trabajadores y trabajadoras.</b> Alertas sobre promesas de empleo, deudas impuestas por el empleador, retención de documentos y trabajo en condiciones análogas a la esclavitud.",
                        en="<b>Workers.</b> Warnings about job promises, debts imposed by employers, confiscated documents and slave-like working conditions.",
                        fr="<b>Travailleuses et travailleurs.</b> Des alertes sur les promesses d’emploi, les dettes imposées par l’employeur, la confiscation des papiers et le travail dans des conditions analogues à l’esclavage.",
                        ht="<b>Travayè yo.</b> Avètisman sou pwomès travay, dèt patwon an fòse w peye, papye yo konfiske ak travay nan kondisyon tankou esklavaj.",
                    ),
                    T(
                        pt="<b>Transporte e turismo.</b> Orientações para motoristas, rodoviárias, aeroportos, portos, hotéis e agências de viagem reconhecerem situações suspeitas e saberem a quem acionar.",
                        es="<b>Transporte y turismo.</b> Orientaciones para que conductores, terminales de autobuses, aeropuertos, puertos, hoteles y agencias de viaje reconozcan situaciones sospechosas y sepan a quién avisar.",
                        en="<b>Transport and tourism.</b> Guidance that helps drivers, bus stations, airports, ports, hotels and travel agencies recognise suspicious situations and know whom to contact.",
                        fr="<b>Transports et tourisme.</b> Des conseils pour que les chauffeurs, les gares routières, les aéroports, les ports, les hôtels et les agences de voyage reconnaissent les situations suspectes et sachent qui prévenir.",
                        ht="<b>Transpò ak touris.</b> Konsèy pou chofè, estasyon bis, ayewopò, pò, otèl ak ajans vwayaj rekonèt sitiyasyon ki sispèk epi konnen ki moun pou yo avèti.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Materiais para baixar e imprimir",
                        es="Materiales para descargar e imprimir",
                        en="Materials to download and print",
                        fr="Supports à télécharger et à imprimer",
                        ht="Materyèl pou telechaje epi enprime",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Cada campanha oferece cartazes, folhetos e cards para redes sociais em arquivos prontos para impressão ou publicação. Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP), Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM), prefeituras, escolas e organizações da sociedade civil podem baixar, imprimir e distribuir as peças sem custo.",
                        es="Cada campaña ofrece carteles, folletos y tarjetas para redes sociales en archivos listos para imprimir o publicar. Los Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP, núcleos estatales contra la trata), los Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM, puestos de atención a migrantes), las alcaldías, las escuelas y las organizaciones de la sociedad civil pueden descargarlas, imprimirlas y distribuirlas sin costo.",
                        en="Each campaign offers posters, leaflets and social media cards in files ready to print or post. State centres against trafficking (NETP), advanced care posts for migrants (PAAHM), city councils, schools and civil society organisations can download, print and hand them out free of charge.",
                        fr="Chaque campagne propose des affiches, des dépliants et des visuels pour les réseaux sociaux, dans des fichiers prêts à imprimer ou à publier. Les centres des États contre la traite (NETP), les postes avancés d’accueil des migrants (PAAHM), les mairies, les écoles et les organisations de la société civile peuvent les télécharger, les imprimer et les distribuer gratuitement.",
                        ht="Chak kanpay gen afich, feyè ak imaj pou rezo sosyal, nan fichye ki pare pou enprime oswa pibliye. Biwo eta yo kont trafik moun (NETP), pòs avanse ki resevwa migran (PAAHM), lameri, lekòl ak òganizasyon sosyete sivil yo ka telechaje yo, enprime yo epi distribiye yo gratis.",
                    ),
                    T(
                        pt="Pedimos apenas que o conteúdo não seja alterado e que os canais de denúncia continuem visíveis. Quem quiser adaptar uma peça à realidade local pode procurar o núcleo do seu estado.",
                        es="Solo pedimos que no se modifique el contenido y que los canales de denuncia sigan visibles. Quien quiera adaptar una pieza a la realidad local puede contactar con el núcleo de su estado.",
                        en="We only ask that the content is not changed and that the reporting channels stay visible. If you want to adapt a piece to local needs, contact the centre in your state.",
                        fr="Nous demandons seulement de ne pas modifier le contenu et de laisser les canaux de signalement bien visibles. Pour adapter un support à la réalité locale, adressez-vous au centre de votre État.",
                        ht="Sèl sa nou mande, se pou pèsonn pa chanje kontni an epi pou liy denonsyasyon yo toujou parèt klè. Si w vle adapte yon materyèl pou kote w ye a, pale ak biwo eta w la.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Migrar com segurança: campanhas sobre contrabando de migrantes",
                        es="Migrar con seguridad: campañas sobre el tráfico ilícito de migrantes",
                        en="Migrating safely: campaigns on migrant smuggling",
                        fr="Migrer en sécurité : campagnes sur le trafic illicite de migrants",
                        ht="Imigre san danje: kanpay sou kontrebann migran",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O I Plano de Ação de Enfrentamento ao Contrabando de Migrantes (I PAECM) prevê campanhas nas redes sociais e na televisão dirigidas à população migrante. Elas alertam para os riscos de recorrer a atravessadores, como fraude, extorsão, transporte clandestino e condições degradantes, e divulgam as vias regulares para entrar e morar no Brasil. O mesmo cuidado vale para brasileiros que pensam em emigrar.",
                        es="El I Plan de Acción contra el Tráfico Ilícito de Migrantes (I PAECM) prevé campañas en redes sociales y televisión dirigidas a la población migrante. Advierten sobre los riesgos de recurrir a intermediarios, como fraude, extorsión, transporte clandestino y condiciones degradantes, y dan a conocer las vías regulares para entrar y vivir en Brasil. Lo mismo vale para los brasileños que piensan emigrar.",
                        en="The First Action Plan against Migrant Smuggling (I PAECM) provides for social media and television campaigns aimed at migrants. They warn about the risks of using smugglers, such as fraud, extortion, hidden transport and degrading conditions, and explain the regular ways to enter and live in Brazil. The same applies to Brazilians who are thinking of emigrating.",
                        fr="Le Ier Plan d’action contre le trafic illicite de migrants (I PAECM) prévoit des campagnes sur les réseaux sociaux et à la télévision destinées aux personnes migrantes. Elles alertent sur les risques liés au recours à des passeurs, comme la fraude, l’extorsion, le transport clandestin et les conditions dégradantes, et font connaître les voies régulières pour entrer et vivre au Brésil. Il en va de même pour les Brésiliens qui envisagent d’émigrer.",
                        ht="Premye Plan Aksyon kont Kontrebann Migran an (I PAECM) prevwa kanpay sou rezo sosyal ak nan televizyon pou migran yo. Kanpay sa yo avèti moun sou danje ki genyen lè yo sèvi ak raketè: fwod, chantaj, transpò an kachèt ak kondisyon ki degradan. Yo montre tou ki wout legal ki egziste pou antre epi viv Brezil. Se menm bagay la tou pou Brezilyen ki vle ale viv nan lòt peyi.",
                    ),
                    T(
                        pt="Antes de criar novas peças, o plano prevê um levantamento das campanhas já existentes e de pesquisas sobre o que funciona, além de encontros com associações de migrantes e organizações que as atendem para escolher os formatos e meios de divulgação mais adequados.",
                        es="Antes de crear piezas nuevas, el plan prevé revisar las campañas existentes y las investigaciones sobre lo que funciona, además de reunirse con asociaciones de migrantes y organizaciones que las atienden para elegir los formatos y medios de difusión más adecuados.",
                        en="Before creating new materials, the plan calls for a review of existing campaigns and of research on what works, as well as meetings with migrant associations and the organisations that serve them to choose the most suitable formats and channels.",
                        fr="Avant de créer de nouveaux supports, le plan prévoit de recenser les campagnes existantes et les études sur ce qui fonctionne, ainsi que des rencontres avec les associations de migrants et les organisations qui les accompagnent pour choisir les formats et les canaux de diffusion les plus adaptés.",
                        ht="Anvan yo kreye nouvo materyèl, plan an prevwa pou yo fè lis kanpay ki deja egziste ak rechèch ki montre sa ki mache, epi pou yo rankontre asosyasyon migran yo ak òganizasyon k ap ede yo, pou yo chwazi ki fòma ak ki mwayen difizyon ki pi bon.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "warning",
                    "title": T(
                        pt="Sinais de alerta em uma oferta de viagem ou de trabalho",
                        es="Señales de alerta en una oferta de viaje o de trabajo",
                        en="Warning signs in a travel or job offer",
                        fr="Signaux d’alerte dans une offre de voyage ou d’emploi",
                        ht="Siy danje nan yon òf vwayaj oswa travay",
                    ),
                    "text": [
                        T(
                            pt="Desconfie de quem promete atravessar a fronteira “sem papelada”, exige pagamento adiantado, pede para guardar seu passaporte, oferece salário muito acima do normal ou pede segredo à família. Na dúvida, não viaje antes de conversar com um serviço oficial.",
                            es="Desconfíe de quien promete cruzar la frontera “sin papeles”, exige el pago por adelantado, le pide guardar su pasaporte, ofrece un salario muy por encima de lo normal o le pide que no le cuente nada a su familia. Si tiene dudas, no viaje antes de consultar un servicio oficial.",
                            en="Be wary of anyone who promises to get you across the border “without paperwork”, demands payment up front, asks to keep your passport, offers pay far above normal or asks you to keep it secret from your family. If in doubt, do not travel before talking to an official service.",
                            fr="Méfiez-vous de quiconque promet de vous faire passer la frontière « sans papiers », exige un paiement d’avance, demande à garder votre passeport, propose un salaire bien au-dessus de la normale ou vous demande de ne rien dire à votre famille. En cas de doute, ne partez pas avant d’avoir consulté un service officiel.",
                            ht="Pa fè konfyans moun ki pwomèt pou fè w travèse fwontyè a “san papye”, ki mande w peye davans, ki mande pou l kenbe paspò w, ki ofri yon salè ki twò wo pase nòmal oswa ki mande w kache sa pou fanmi w. Si w gen dout, pa vwayaje anvan ou pale ak yon sèvis ofisyèl.",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Prevenção nas escolas",
                        es="Prevención en las escuelas",
                        en="Prevention in schools",
                        fr="Prévention dans les écoles",
                        ht="Prevansyon nan lekòl yo",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O plano de ação 2025–2028 da Rede de NETP e PAAHM identificou que o tema ainda é pouco visível em muitos territórios. Para mudar isso, o item 5 do plano prevê eventos e capacitações para atores locais, atividades de prevenção sobretudo nas escolas e a disponibilização de materiais de campanha para que essas atividades aconteçam.",
                        es="El plan de acción 2025–2028 de la Red de NETP y PAAHM constató que el tema todavía es poco visible en muchos territorios. Para cambiarlo, el punto 5 del plan prevé eventos y capacitaciones para actores locales, actividades de prevención sobre todo en las escuelas y la puesta a disposición de materiales de campaña para realizarlas.",
                        en="The 2025–2028 action plan of the NETP and PAAHM network found that the issue is still barely visible in many places. To change this, item 5 of the plan provides for events and training for local actors, prevention activities especially in schools, and campaign materials to support those activities.",
                        fr="Le plan d’action 2025–2028 du réseau des NETP et des PAAHM a constaté que le sujet reste peu visible dans de nombreux territoires. Pour y remédier, le point 5 du plan prévoit des événements et des formations pour les acteurs locaux, des activités de prévention surtout dans les écoles et la mise à disposition de supports de campagne pour les mener.",
                        ht="Plan aksyon 2025–2028 rezo NETP ak PAAHM yo te remake sijè a poko parèt ase nan anpil zòn. Pou chanje sa, pwen 5 nan plan an prevwa evènman ak fòmasyon pou moun k ap travay nan zòn yo, aktivite prevansyon sitou nan lekòl yo, ak materyèl kanpay pou aktivite sa yo ka fèt.",
                    ),
                    T(
                        pt="Professores e coordenadores podem usar os materiais em rodas de conversa adequadas a cada idade. Se um estudante relatar uma situação de risco, a escola deve acionar o Conselho Tutelar ou o Disque 100.",
                        es="Docentes y coordinadores pueden usar los materiales en rondas de conversación adaptadas a cada edad. Si un estudiante relata una situación de riesgo, la escuela debe avisar al Conselho Tutelar (consejo de protección de la niñez) o al Disque 100.",
                        en="Teachers and school coordinators can use the materials in age-appropriate group discussions. If a student describes a risky situation, the school should contact the Conselho Tutelar (child protection council) or Disque 100.",
                        fr="Les enseignants et les coordinateurs peuvent utiliser les supports lors de discussions adaptées à chaque âge. Si un élève raconte une situation à risque, l’école doit prévenir le Conselho Tutelar (conseil de protection de l’enfance) ou le Disque 100.",
                        ht="Pwofesè ak kowòdonatè yo ka sèvi ak materyèl yo nan ti sesyon diskisyon ki adapte ak laj elèv yo. Si yon elèv rakonte yon sitiyasyon ki danjere, lekòl la dwe avèti Conselho Tutelar (konsèy ki pwoteje timoun) oswa Disque 100.",
                    ),
                ],
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        pt="Vai apresentar uma campanha? Prepare-se antes",
                        es="¿Va a presentar una campaña? Prepárese antes",
                        en="Presenting a campaign? Prepare first",
                        fr="Vous présentez une campagne ? Préparez-vous d’abord",
                        ht="W ap prezante yon kanpay? Prepare w anvan",
                    ),
                    "text": T(
                        pt="Os cursos do repositório de capacitação ajudam educadores e agentes públicos a conduzir atividades de prevenção com segurança.",
                        es="Los cursos del repositorio de capacitación ayudan a educadores y agentes públicos a conducir actividades de prevención con seguridad.",
                        en="The courses in the training repository help educators and public officials run prevention activities safely.",
                        fr="Les cours du répertoire de formation aident les éducateurs et les agents publics à mener des activités de prévention en toute sécurité.",
                        ht="Kou ki nan depo fòmasyon an ede edikatè ak anplwaye leta yo mennen aktivite prevansyon san danje.",
                    ),
                    "button_label": T(
                        pt="Ir para a capacitação",
                        es="Ir a la capacitación",
                        en="Go to training",
                        fr="Aller aux formations",
                        ht="Ale nan fòmasyon yo",
                    ),
                    "page": "capacitacao",
                },
            ),
        ],
    },
    {
        "slug": "guia-para-jornalistas",
        "title": T(
            pt="Guia para jornalistas e comunicadores",
            es="Guía para periodistas y comunicadores",
            en="Guide for journalists and communicators",
            fr="Guide pour les journalistes et les communicants",
            ht="Gid pou jounalis ak kominikatè",
        ),
        "intro": T(
            pt="Orientações para noticiar o tráfico de pessoas e o contrabando de migrantes com precisão, sem expor quem sobreviveu a esses crimes e sem atrapalhar investigações.",
            es="Orientaciones para informar sobre la trata de personas y el tráfico ilícito de migrantes con precisión, sin exponer a quienes sobrevivieron a estos delitos y sin entorpecer las investigaciones.",
            en="Guidance on reporting human trafficking and migrant smuggling accurately, without exposing survivors and without getting in the way of investigations.",
            fr="Des repères pour parler de la traite des personnes et du trafic illicite de migrants avec exactitude, sans exposer les personnes qui ont survécu à ces crimes ni gêner les enquêtes.",
            ht="Konsèy pou bay nouvèl sou trafik moun ak kontrebann migran ak presizyon, san ekspoze moun ki sove anba krim sa yo epi san anpeche ankèt yo avanse.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        pt="Por que este guia existe",
                        es="Por qué existe esta guía",
                        en="Why this guide exists",
                        fr="Pourquoi ce guide existe",
                        ht="Poukisa gid sa a egziste",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Uma boa reportagem ajuda a prevenir o crime e estimula denúncias. Uma reportagem descuidada pode expor a vítima, colocar a família em risco, alertar os aliciadores e reforçar preconceitos contra migrantes. O plano de ação 2025–2028 da Rede de NETP e PAAHM reconhece, no seu item 8, que assessorias de comunicação e jornalistas ainda conhecem pouco o tema.",
                        es="Un buen reportaje ayuda a prevenir el delito y fomenta las denuncias. Un reportaje descuidado puede exponer a la víctima, poner en riesgo a su familia, alertar a los captadores y reforzar prejuicios contra los migrantes. El plan de acción 2025–2028 de la Red de NETP y PAAHM reconoce, en su punto 8, que las oficinas de prensa y los periodistas todavía conocen poco el tema.",
                        en="Good reporting helps prevent the crime and encourages people to report it. Careless reporting can expose the victim, put their family at risk, tip off recruiters and reinforce prejudice against migrants. Item 8 of the 2025–2028 action plan of the NETP and PAAHM network recognises that press offices and journalists still know little about the subject.",
                        fr="Un bon reportage aide à prévenir le crime et encourage les signalements. Un reportage négligent peut exposer la victime, mettre sa famille en danger, alerter les recruteurs et renforcer les préjugés contre les migrants. Le plan d’action 2025–2028 du réseau des NETP et des PAAHM reconnaît, à son point 8, que les services de communication et les journalistes connaissent encore mal le sujet.",
                        ht="Yon bon repòtaj ede anpeche krim nan epi li ankouraje moun fè denonsyasyon. Yon repòtaj ki fèt san atansyon ka ekspoze viktim nan, mete fanmi l an danje, avèti moun k ap rekrite viktim yo epi ranfòse prejije kont migran. Pwen 8 nan plan aksyon 2025–2028 rezo NETP ak PAAHM yo rekonèt sèvis kominikasyon ak jounalis yo poko konnen sijè a byen.",
                    ),
                    T(
                        pt="Por isso o plano prevê atualizar o guia para jornalistas, capacitar assessorias de comunicação e promover oficinas com profissionais de imprensa. Esta página resume os princípios centrais; a versão completa do guia será publicada aqui.",
                        es="Por eso el plan prevé actualizar la guía para periodistas, capacitar a las oficinas de prensa y promover talleres con profesionales de los medios. Esta página resume los principios centrales; la versión completa de la guía se publicará aquí.",
                        en="That is why the plan provides for updating the guide for journalists, training press offices and holding workshops with media professionals. This page sums up the core principles; the full guide will be published here.",
                        fr="C’est pourquoi le plan prévoit de mettre à jour le guide pour les journalistes, de former les services de communication et d’organiser des ateliers avec les professionnels des médias. Cette page résume les principes essentiels ; la version complète du guide sera publiée ici.",
                        ht="Se poutèt sa plan an prevwa mete gid pou jounalis yo ajou, fòme sèvis kominikasyon yo epi òganize atelye ak pwofesyonèl medya yo. Paj sa a rezime prensip prensipal yo; vèsyon konplè gid la ap pibliye isit la.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Princípios para uma cobertura que não causa dano",
                        es="Principios para una cobertura que no cause daño",
                        en="Principles for coverage that does no harm",
                        fr="Principes pour une couverture qui ne nuit pas",
                        ht="Prensip pou yon repòtaj ki pa fè moun tò",
                    ),
                    "level": "h2",
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Consentimento informado",
                        es="Consentimiento informado",
                        en="Informed consent",
                        fr="Consentement éclairé",
                        ht="Dakò an tout konesans",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Explique quem você é, onde a matéria será publicada e quais riscos ela pode trazer. A pessoa precisa entender o que está aceitando, no seu próprio idioma, e pode desistir a qualquer momento. Quem acabou de ser resgatado raramente está em condições de dar uma entrevista.",
                        es="Explique quién es usted, dónde se publicará la nota y qué riesgos puede traer. La persona necesita entender lo que está aceptando, en su propio idioma, y puede retirarse en cualquier momento. Quien acaba de ser rescatado rara vez está en condiciones de dar una entrevista.",
                        en="Explain who you are, where the story will appear and what risks it may bring. The person must understand what they are agreeing to, in their own language, and can withdraw at any time. Someone who has just been rescued is rarely in a position to give an interview.",
                        fr="Expliquez qui vous êtes, où l’article sera publié et quels risques il peut entraîner. La personne doit comprendre ce qu’elle accepte, dans sa propre langue, et peut se retirer à tout moment. Une personne qui vient d’être secourue est rarement en état d’accorder une interview.",
                        ht="Esplike ki moun ou ye, ki kote atik la ap parèt ak ki risk li ka pote. Moun nan dwe konprann sa l ap aksepte a, nan pwòp lang li, epi li ka chanje lide nenpòt ki lè. Yon moun ki fèk sove raman nan kondisyon pou l bay yon entèvyou.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Anonimato e imagens",
                        es="Anonimato e imágenes",
                        en="Anonymity and images",
                        fr="Anonymat et images",
                        ht="Anonima ak imaj",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Não publique nome, rosto, voz, tatuagens, endereço, local de trabalho ou placa de veículo que permitam identificar a vítima ou sua família. Desfocar o rosto nem sempre basta: roupas, o bairro ao fundo e detalhes da história também revelam quem é a pessoa.",
                        es="No publique nombre, rostro, voz, tatuajes, dirección, lugar de trabajo ni matrícula de vehículo que permitan identificar a la víctima o a su familia. Difuminar el rostro no siempre basta: la ropa, el barrio al fondo y los detalles de la historia también revelan quién es la persona.",
                        en="Do not publish a name, face, voice, tattoos, address, workplace or number plate that could identify the victim or their family. Blurring a face is not always enough: clothes, the neighbourhood in the background and details of the story can also reveal who the person is.",
                        fr="Ne publiez ni nom, ni visage, ni voix, ni tatouages, ni adresse, ni lieu de travail, ni plaque d’immatriculation qui permettraient d’identifier la victime ou sa famille. Flouter le visage ne suffit pas toujours : les vêtements, le quartier en arrière-plan et les détails du récit peuvent aussi trahir l’identité de la personne.",
                        ht="Pa pibliye non, figi, vwa, tatou, adrès, kote moun nan travay oswa nimewo plak machin ki ta pèmèt moun rekonèt viktim nan oswa fanmi l. Bwouye figi a pa toujou ase: rad, katye ki parèt dèyè a ak detay nan istwa a ka fè moun konnen kiyès li ye tou.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Cuidado redobrado com crianças e adolescentes",
                        es="Cuidado especial con niños, niñas y adolescentes",
                        en="Extra care with children and teenagers",
                        fr="Une vigilance accrue avec les enfants et les adolescents",
                        ht="Plis atansyon toujou ak timoun ak adolesan",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O Estatuto da Criança e do Adolescente protege a imagem e a identidade de quem tem menos de 18 anos. Nunca mostre nem descreva uma criança ou adolescente de forma que possa ser reconhecido, mesmo com autorização dos responsáveis.",
                        es="El Estatuto da Criança e do Adolescente (ley brasileña de protección de la niñez) protege la imagen y la identidad de los menores de 18 años. Nunca muestre ni describa a un niño, niña o adolescente de manera que pueda ser reconocido, ni siquiera con autorización de sus responsables.",
                        en="Brazil’s Statute of the Child and Adolescent (Estatuto da Criança e do Adolescente) protects the image and identity of anyone under 18. Never show or describe a child or teenager in a way that could identify them, even with their guardians’ permission.",
                        fr="Le Statut de l’enfant et de l’adolescent (Estatuto da Criança e do Adolescente, loi brésilienne) protège l’image et l’identité des moins de 18 ans. Ne montrez ni ne décrivez jamais un enfant ou un adolescent d’une manière qui permettrait de le reconnaître, même avec l’accord de ses responsables.",
                        ht="Estatuto da Criança e do Adolescente (lwa Brezil ki pwoteje timoun) pwoteje imaj ak idantite tout moun ki gen mwens pase 18 an. Pa janm montre ni dekri yon timoun oswa yon adolesan yon fason pou moun ta ka rekonèt li, menm si paran l ba w pèmisyon.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Sem sensacionalismo",
                        es="Sin sensacionalismo",
                        en="No sensationalism",
                        fr="Pas de sensationnalisme",
                        ht="Pa fè sansasyonalis",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Evite imagens de correntes, mãos amarradas ou corpos expostos, que reforçam estereótipos e não representam a maioria dos casos. Mostre como o crime funciona, quais serviços existem e como denunciar. Não divulgue detalhes de operações em andamento.",
                        es="Evite imágenes de cadenas, manos atadas o cuerpos expuestos, que refuerzan estereotipos y no representan la mayoría de los casos. Muestre cómo funciona el delito, qué servicios existen y cómo denunciar. No difunda detalles de operativos en curso.",
                        en="Avoid images of chains, tied hands or exposed bodies: they reinforce stereotypes and do not reflect most cases. Show how the crime works, what services exist and how to report it. Do not disclose details of operations that are still under way.",
                        fr="Évitez les images de chaînes, de mains liées ou de corps exposés, qui renforcent les stéréotypes et ne reflètent pas la plupart des cas. Montrez comment le crime fonctionne, quels services existent et comment le signaler. Ne divulguez pas de détails sur des opérations en cours.",
                        ht="Evite imaj chèn, men ki mare oswa kò ki ekspoze: yo ranfòse estereyotip epi yo pa reprezante pifò ka yo. Montre kijan krim nan fonksyone, ki sèvis ki egziste ak kijan pou moun denonse. Pa pibliye detay sou operasyon ki poko fini.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="As palavras certas",
                        es="Las palabras adecuadas",
                        en="The right words",
                        fr="Les mots justes",
                        ht="Bon mo yo",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Não confunda tráfico de pessoas com contrabando de migrantes, nem tráfico com prostituição. Prefira “pessoa em situação migratória irregular” a “imigrante ilegal”: pessoas não são ilegais. Fale em “vítima” ou “sobrevivente”, conforme a preferência de quem foi explorado, e nunca use termos que culpem a pessoa pela violência que sofreu.",
                        es="No confunda la trata de personas con el tráfico ilícito de migrantes, ni la trata con la prostitución. Prefiera “persona en situación migratoria irregular” a “inmigrante ilegal”: las personas no son ilegales. Hable de “víctima” o de “sobreviviente”, según prefiera quien fue explotado, y nunca use términos que culpen a la persona por la violencia que sufrió.",
                        en="Do not confuse human trafficking with migrant smuggling, or trafficking with prostitution. Say “person with irregular migration status” rather than “illegal immigrant”: people are not illegal. Use “victim” or “survivor” according to the preference of the person who was exploited, and never use words that blame them for the violence they suffered.",
                        fr="Ne confondez pas la traite des personnes et le trafic illicite de migrants, ni la traite et la prostitution. Préférez « personne en situation migratoire irrégulière » à « immigré illégal » : aucun être humain n’est illégal. Parlez de « victime » ou de « survivante », selon ce que préfère la personne exploitée, et n’employez jamais de termes qui la rendent responsable de la violence subie.",
                        ht="Pa mele trafik moun ak kontrebann migran, ni trafik moun ak pwostitisyon. Di “moun ki pa gen papye an règ” olye de “imigran ilegal”: pa gen moun ki ilegal. Di “viktim” oswa “sivivan”, selon sa moun ki te eksplwate a pi renmen, epi pa janm sèvi ak mo ki fè l sanble se li ki koupab vyolans li te sibi a.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": T(
                        pt="Antes de publicar, confira",
                        es="Antes de publicar, verifique",
                        en="Before you publish, check",
                        fr="Avant de publier, vérifiez",
                        ht="Anvan w pibliye, verifye",
                    ),
                    "text": [
                        T(
                            pt="Alguém conseguiria reconhecer a vítima por este texto ou por esta imagem? A pessoa entendeu e aceitou participar? A matéria informa onde denunciar, como o Disque 100, e onde buscar ajuda? Se alguma resposta for “não”, reveja antes de publicar.",
                            es="¿Alguien podría reconocer a la víctima por este texto o esta imagen? ¿La persona entendió y aceptó participar? ¿La nota informa dónde denunciar, como el Disque 100, y dónde buscar ayuda? Si alguna respuesta es “no”, revise antes de publicar.",
                            en="Could anyone recognise the victim from this text or image? Did the person understand and agree to take part? Does the story say where to report, such as Disque 100, and where to find help? If any answer is “no”, revise before publishing.",
                            fr="Quelqu’un pourrait-il reconnaître la victime grâce à ce texte ou à cette image ? La personne a-t-elle compris et accepté de participer ? L’article indique-t-il où signaler, par exemple le Disque 100, et où trouver de l’aide ? Si une réponse est « non », revoyez votre travail avant de publier.",
                            ht="Èske yon moun ta ka rekonèt viktim nan gras a tèks sa a oswa imaj sa a? Èske moun nan te konprann epi dakò pou l patisipe? Èske atik la di ki kote pou moun denonse, tankou Disque 100, ak ki kote pou yo jwenn èd? Si youn nan repons yo se “non”, korije l anvan w pibliye.",
                        ),
                    ],
                },
            ),
            (
                "questions",
                {
                    "title": T(
                        pt="Dúvidas comuns de quem faz a cobertura",
                        es="Dudas frecuentes de quienes cubren el tema",
                        en="Common questions from reporters",
                        fr="Questions fréquentes des journalistes",
                        ht="Kesyon jounalis yo poze souvan",
                    ),
                    "items": [
                        {
                            "question": T(
                                pt="Posso entrevistar uma pessoa resgatada?",
                                es="¿Puedo entrevistar a una persona rescatada?",
                                en="Can I interview someone who has been rescued?",
                                fr="Puis-je interviewer une personne secourue ?",
                                ht="Èske m ka fè entèvyou ak yon moun yo fèk sove?",
                            ),
                            "answer": [
                                T(
                                    pt="Somente se ela quiser, estiver segura e acompanhada pela equipe que a atende. Combine com o núcleo de enfrentamento ou com o serviço de acolhimento o melhor momento e as condições da conversa.",
                                    es="Solo si ella quiere, está segura y cuenta con el acompañamiento del equipo que la atiende. Acuerde con el núcleo contra la trata o con el servicio de acogida el mejor momento y las condiciones de la conversación.",
                                    en="Only if they want to, are safe and are accompanied by the team supporting them. Agree on the best time and conditions with the anti-trafficking centre or the shelter service.",
                                    fr="Seulement si elle le souhaite, si elle est en sécurité et accompagnée par l’équipe qui la suit. Convenez avec le centre de lutte contre la traite ou le service d’accueil du meilleur moment et des conditions de l’échange.",
                                    ht="Sèlman si li vle, si li an sekirite epi si ekip k ap ede l la akonpaye l. Antann ou ak biwo ki konbat trafik moun nan oswa sèvis akèy la sou pi bon moman an ak kondisyon pou konvèsasyon an fèt.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="Como diferenciar tráfico de pessoas e contrabando de migrantes na matéria?",
                                es="¿Cómo diferenciar la trata de personas del tráfico ilícito de migrantes en la nota?",
                                en="How do I tell trafficking and smuggling apart in a story?",
                                fr="Comment distinguer traite des personnes et trafic illicite de migrants dans un article ?",
                                ht="Kijan pou m fè diferans ant trafik moun ak kontrebann migran nan yon atik?",
                            ),
                            "answer": [
                                T(
                                    pt="No tráfico, o objetivo é explorar a pessoa, e o crime pode ocorrer sem cruzar fronteiras. No contrabando, o atravessador lucra com a entrada irregular em outro país, e a relação termina na chegada. Um caso pode começar como contrabando e virar tráfico; na dúvida, consulte as autoridades responsáveis.",
                                    es="En la trata, el objetivo es explotar a la persona, y el delito puede ocurrir sin cruzar fronteras. En el tráfico ilícito, el intermediario se lucra con la entrada irregular a otro país, y la relación termina con la llegada. Un caso puede empezar como tráfico ilícito y convertirse en trata; si tiene dudas, consulte a las autoridades responsables.",
                                    en="In trafficking the aim is to exploit the person, and it can happen without crossing any border. In smuggling, the smuggler profits from the irregular entry into another country, and the relationship ends on arrival. A case can start as smuggling and become trafficking; if in doubt, check with the authorities in charge.",
                                    fr="Dans la traite, le but est d’exploiter la personne, et le crime peut avoir lieu sans franchir de frontière. Dans le trafic illicite, le passeur tire profit de l’entrée irrégulière dans un autre pays, et la relation s’arrête à l’arrivée. Un cas peut commencer comme du trafic et devenir de la traite ; en cas de doute, renseignez-vous auprès des autorités compétentes.",
                                    ht="Nan trafik moun, objektif la se eksplwate moun nan, epi krim nan ka fèt san okenn moun pa travèse fwontyè. Nan kontrebann migran, raketè a fè lajan lè l fè yon moun antre nan yon lòt peyi san papye, epi relasyon an fini lè moun nan rive. Yon ka ka kòmanse kòm kontrebann epi tounen trafik moun; si w gen dout, mande otorite ki responsab yo.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="Onde consigo dados oficiais e entrevistas com a coordenação?",
                                es="¿Dónde consigo datos oficiales y entrevistas con la coordinación?",
                                en="Where can I get official data and interviews with the coordination?",
                                fr="Où obtenir des données officielles et des interviews avec la coordination ?",
                                ht="Ki kote m ka jwenn done ofisyèl ak entèvyou ak kowòdinasyon an?",
                            ),
                            "answer": [
                                T(
                                    pt="Pedidos de imprensa devem ser enviados à assessoria de comunicação do Ministério da Justiça e Segurança Pública. Os dados de monitoramento dos planos nacionais estão na seção sobre os planos deste portal.",
                                    es="Las solicitudes de prensa deben enviarse a la oficina de comunicación del Ministerio de Justicia y Seguridad Pública. Los datos de seguimiento de los planes nacionales están en la sección sobre los planes de este portal.",
                                    en="Press requests should go to the press office of the Ministry of Justice and Public Security. Monitoring data for the national plans are in the plans section of this portal.",
                                    fr="Les demandes de presse doivent être adressées au service de communication du ministère de la Justice et de la Sécurité publique. Les données de suivi des plans nationaux se trouvent dans la rubrique consacrée aux plans sur ce portail.",
                                    ht="Demann laprès yo dwe ale nan sèvis kominikasyon Ministè Lajistis ak Sekirite Piblik la. Done swivi plan nasyonal yo nan seksyon sou plan yo nan sit sa a.",
                                ),
                            ],
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "capacitacao",
        "title": T(
            pt="Capacitação",
            es="Capacitación",
            en="Training",
            fr="Formation",
            ht="Fòmasyon",
        ),
        "intro": T(
            pt="Repositório de cursos e materiais de formação para quem atua no enfrentamento ao tráfico de pessoas e ao contrabando de migrantes, com certificado e avaliação.",
            es="Repositorio de cursos y materiales de formación para quienes trabajan contra la trata de personas y el tráfico ilícito de migrantes, con certificado y evaluación.",
            en="A repository of courses and training materials for people working against human trafficking and migrant smuggling, with certificates and course evaluation.",
            fr="Un répertoire de cours et de supports de formation pour celles et ceux qui luttent contre la traite des personnes et le trafic illicite de migrants, avec certificat et évaluation.",
            ht="Yon depo kou ak materyèl fòmasyon pou moun k ap travay kont trafik moun ak kontrebann migran, ak sètifika ak evalyasyon.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        pt="Um repositório para toda a rede",
                        es="Un repositorio para toda la red",
                        en="One repository for the whole network",
                        fr="Un répertoire pour tout le réseau",
                        ht="Yon sèl depo pou tout rezo a",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Identificar uma vítima exige conhecimento. Um agente de fronteira, uma assistente social ou um professor precisam reconhecer os sinais, saber como acolher sem revitimizar e conhecer o caminho para encaminhar o caso. O nível desse conhecimento, porém, varia muito de um lugar para outro.",
                        es="Identificar a una víctima requiere conocimiento. Un agente de frontera, una trabajadora social o un docente necesitan reconocer las señales, saber acoger sin revictimizar y conocer el camino para derivar el caso. Sin embargo, el nivel de ese conocimiento varía mucho de un lugar a otro.",
                        en="Identifying a victim takes knowledge. A border officer, a social worker or a teacher must recognise the signs, know how to offer support without causing further harm and know where to refer the case. Yet the level of that knowledge varies widely from place to place.",
                        fr="Identifier une victime demande des connaissances. Un agent aux frontières, une assistante sociale ou un enseignant doivent reconnaître les signes, savoir accueillir sans victimiser à nouveau et connaître le chemin pour orienter le cas. Or ce niveau de connaissance varie beaucoup d’un endroit à l’autre.",
                        ht="Pou w idantifye yon viktim, ou bezwen konesans. Yon ajan fwontyè, yon asistan sosyal oswa yon pwofesè dwe rekonèt siy yo, konnen kijan pou yo resevwa moun nan san yo pa fè l soufri ankò, epi konnen ki kote pou yo voye ka a. Men nivo konesans sa a chanje anpil depi yon kote rive nan yon lòt.",
                    ),
                    T(
                        pt="O item 3 do plano de ação 2025–2028 da Rede de NETP e PAAHM responde a essa desigualdade. Ele prevê levantar os temas prioritários, identificar especialistas e capacitadores, montar um cronograma, avaliar os cursos e quem os ministra e elaborar um relatório anual para medir o impacto das formações. Entre os produtos esperados estão um plano de capacitação, um repositório online com os materiais e certificados para os participantes.",
                        es="El punto 3 del plan de acción 2025–2028 de la Red de NETP y PAAHM responde a esa desigualdad. Prevé definir los temas prioritarios, identificar especialistas y formadores, establecer un calendario, evaluar los cursos y a quienes los imparten y elaborar un informe anual para medir el impacto de las formaciones. Entre los productos esperados están un plan de capacitación, un repositorio en línea con los materiales y certificados para los participantes.",
                        en="Item 3 of the 2025–2028 action plan of the NETP and PAAHM network addresses this gap. It provides for identifying priority topics, finding experts and trainers, setting a schedule, evaluating courses and trainers and producing an annual report to measure the impact of training. Expected results include a training plan, an online repository of materials and certificates for participants.",
                        fr="Le point 3 du plan d’action 2025–2028 du réseau des NETP et des PAAHM répond à cette inégalité. Il prévoit de définir les thèmes prioritaires, d’identifier des spécialistes et des formateurs, d’établir un calendrier, d’évaluer les cours et les intervenants et de rédiger un rapport annuel pour mesurer l’impact des formations. Parmi les résultats attendus figurent un plan de formation, un répertoire en ligne des supports et des certificats pour les participants.",
                        ht="Pwen 3 nan plan aksyon 2025–2028 rezo NETP ak PAAHM yo reponn inegalite sa a. Li prevwa chwazi sijè ki pi enpòtan yo, jwenn espesyalis ak fòmatè, fè yon kalandriye, evalye kou yo ak moun ki bay yo, epi ekri yon rapò chak ane pou mezire enpak fòmasyon yo. Pami rezilta yo tann yo genyen yon plan fòmasyon, yon depo sou entènèt ak tout materyèl yo, ak sètifika pou patisipan yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Cursos montados a partir de módulos",
                        es="Cursos armados a partir de módulos",
                        en="Courses assembled from modules",
                        fr="Des cours composés de modules",
                        ht="Kou ki fèt ak modil",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Os conteúdos são organizados em módulos independentes, que podem ser combinados para formar cursos diferentes conforme o público. Um mesmo módulo sobre direitos das pessoas migrantes pode fazer parte de um curso para policiais rodoviários e de outro para equipes de assistência social, sem precisar ser refeito.",
                        es="Los contenidos se organizan en módulos independientes que pueden combinarse para formar cursos distintos según el público. Un mismo módulo sobre los derechos de las personas migrantes puede formar parte de un curso para policías de carreteras y de otro para equipos de asistencia social, sin tener que rehacerlo.",
                        en="Content is organised into stand-alone modules that can be combined into different courses for different audiences. The same module on migrants’ rights can be part of a course for highway police and another for social assistance teams, without being rewritten.",
                        fr="Les contenus sont organisés en modules indépendants, que l’on peut combiner pour former des cours différents selon le public. Un même module sur les droits des personnes migrantes peut faire partie d’un cours pour la police routière et d’un autre pour les équipes d’aide sociale, sans devoir être refait.",
                        ht="Kontni yo òganize an modil endepandan, epi yo ka mete modil sa yo ansanm pou fè plizyè kou diferan selon piblik la. Menm modil sou dwa migran yo ka fè pati yon kou pou polis wout yo ak yon lòt kou pou ekip asistans sosyal yo, san yo pa bezwen refè l.",
                    ),
                    T(
                        pt="Entre os temas previstos estão: identificação de documentos de viagem e de identidade fraudulentos; tratamento humano de migrantes e proteção dos seus direitos; vias para a migração regular e formas de regularização no Brasil; introdução às migrações internacionais e aos direitos garantidos pela Constituição, pela Lei de Migração e pela Lei do Refúgio; direitos de migrantes objeto de contrabando e acesso à justiça; e os canais de denúncia disponíveis.",
                        es="Entre los temas previstos están: identificación de documentos de viaje y de identidad fraudulentos; trato humano a los migrantes y protección de sus derechos; vías para la migración regular y formas de regularización en Brasil; introducción a las migraciones internacionales y a los derechos garantizados por la Constitución, la Ley de Migración y la Ley de Refugio; derechos de los migrantes objeto de tráfico ilícito y acceso a la justicia; y los canales de denuncia disponibles.",
                        en="Planned topics include: spotting fraudulent travel and identity documents; humane treatment of migrants and protection of their rights; regular migration routes and ways to regularise status in Brazil; an introduction to international migration and to the rights guaranteed by the Constitution, the Migration Law and the Refugee Law; the rights of smuggled migrants and access to justice; and the reporting channels available.",
                        fr="Parmi les thèmes prévus : la détection des documents de voyage et d’identité frauduleux ; le traitement humain des migrants et la protection de leurs droits ; les voies de migration régulière et les formes de régularisation au Brésil ; une introduction aux migrations internationales et aux droits garantis par la Constitution, la loi sur les migrations et la loi sur les réfugiés ; les droits des migrants objets de trafic et l’accès à la justice ; et les canaux de signalement disponibles.",
                        ht="Pami sijè yo prevwa yo genyen: kijan pou rekonèt fo dokiman vwayaj ak fo kat idantite; kijan pou trete migran yo avèk imanite epi pwoteje dwa yo; wout legal pou imigre ak fason pou regilarize papye nan Brezil; yon entwodiksyon sou migrasyon entènasyonal ak dwa Konstitisyon an, Lwa sou Migrasyon an ak Lwa sou Refijye yo garanti; dwa migran ki viktim kontrebann ak aksè yo a lajistis; epi liy denonsyasyon ki disponib yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Currículo mínimo e formação anual nas fronteiras",
                        es="Currículo mínimo y formación anual en las fronteras",
                        en="Minimum curriculum and yearly training in border regions",
                        fr="Programme minimum et formation annuelle dans les régions frontalières",
                        ht="Pwogram minimòm ak fòmasyon chak ane nan zòn fwontyè yo",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O I Plano de Ação de Enfrentamento ao Contrabando de Migrantes prevê um currículo mínimo de capacitação, uma matriz pedagógica organizada em módulos que podem ser aplicados separadamente. O público principal são os agentes que atuam em fronteiras terrestres, portos e aeroportos e as empresas de transporte.",
                        es="El I Plan de Acción contra el Tráfico Ilícito de Migrantes prevé un currículo mínimo de capacitación, una matriz pedagógica organizada en módulos que pueden aplicarse por separado. El público principal son los agentes que trabajan en fronteras terrestres, puertos y aeropuertos, y las empresas de transporte.",
                        en="The First Action Plan against Migrant Smuggling provides for a minimum training curriculum: a teaching framework organised into modules that can be delivered separately. Its main audience is staff working at land borders, ports and airports, and transport companies.",
                        fr="Le Ier Plan d’action contre le trafic illicite de migrants prévoit un programme minimum de formation, une matrice pédagogique organisée en modules pouvant être dispensés séparément. Il s’adresse surtout aux agents des frontières terrestres, des ports et des aéroports, ainsi qu’aux entreprises de transport.",
                        ht="Premye Plan Aksyon kont Kontrebann Migran an prevwa yon pwogram fòmasyon minimòm, yon kad pedagojik ki òganize an modil yo ka bay separeman. Piblik prensipal la se ajan k ap travay sou fwontyè tè yo, nan pò ak ayewopò yo, ansanm ak konpayi transpò yo.",
                    ),
                    T(
                        pt="O plano também estabelece uma programação anual de capacitações em formato virtual, com foco nas regiões de fronteira, e formações específicas para as equipes dos postos avançados de atendimento a migrantes e para agentes consulares brasileiros.",
                        es="El plan también establece una programación anual de capacitaciones virtuales, con énfasis en las regiones de frontera, y formaciones específicas para los equipos de los puestos de atención a migrantes y para agentes consulares brasileños.",
                        en="The plan also sets a yearly programme of online training focused on border regions, plus specific courses for the teams of the advanced care posts for migrants and for Brazilian consular staff.",
                        fr="Le plan fixe aussi un programme annuel de formations en ligne, centré sur les régions frontalières, ainsi que des formations spécifiques pour les équipes des postes avancés d’accueil des migrants et pour les agents consulaires brésiliens.",
                        ht="Plan an mete tou yon pwogram fòmasyon sou entènèt chak ane, ki konsantre sou zòn fwontyè yo, ak fòmasyon espesyal pou ekip pòs avanse ki resevwa migran yo ak pou ajan konsila Brezil yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Certificados, avaliação e relatório anual",
                        es="Certificados, evaluación e informe anual",
                        en="Certificates, evaluation and the annual report",
                        fr="Certificats, évaluation et rapport annuel",
                        ht="Sètifika, evalyasyon ak rapò chak ane",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Quem conclui um curso recebe um certificado. Ao final, cada participante responde a uma avaliação curta sobre o conteúdo e sobre quem conduziu a formação. As respostas são analisadas em conjunto e alimentam o relatório anual de capacitações, que mostra quantas pessoas foram formadas, em quais temas e regiões, e o que precisa melhorar.",
                        es="Quien termina un curso recibe un certificado. Al final, cada participante responde una breve evaluación sobre el contenido y sobre quien dirigió la formación. Las respuestas se analizan en conjunto y alimentan el informe anual de capacitaciones, que muestra cuántas personas se formaron, en qué temas y regiones, y qué debe mejorar.",
                        en="Everyone who completes a course receives a certificate. At the end, each participant fills in a short evaluation of the content and of the trainer. Responses are analysed together and feed into the annual training report, which shows how many people were trained, on which topics and in which regions, and what needs to improve.",
                        fr="Toute personne qui termine un cours reçoit un certificat. À la fin, chaque participant remplit une courte évaluation du contenu et de la personne qui a animé la formation. Les réponses sont analysées ensemble et alimentent le rapport annuel des formations, qui indique combien de personnes ont été formées, sur quels thèmes et dans quelles régions, et ce qui doit être amélioré.",
                        ht="Tout moun ki fini yon kou resevwa yon sètifika. Nan fen kou a, chak patisipan reponn yon ti evalyasyon sou kontni an ak sou moun ki te bay fòmasyon an. Yo analize tout repons yo ansanm epi yo sèvi ak yo pou rapò fòmasyon chak ane a, ki montre konbyen moun ki te fòme, sou ki sijè, nan ki rejyon, ak sa ki dwe amelyore.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": T(
                        pt="Formação também sobre o sistema de informações",
                        es="Formación también sobre el sistema de información",
                        en="Training on the information system too",
                        fr="Des formations aussi sur le système d’information",
                        ht="Fòmasyon sou sistèm enfòmasyon an tou",
                    ),
                    "text": [
                        T(
                            pt="O plano de ação da Rede prevê retomar o Sistema de Informações de Enfrentamento ao Tráfico de Pessoas (SISETP), com treinamentos, vídeos e manual de uso para as equipes dos núcleos e postos.",
                            es="El plan de acción de la Red prevé reactivar el Sistema de Informações de Enfrentamento ao Tráfico de Pessoas (SISETP, sistema de información contra la trata), con capacitaciones, videos y un manual de uso para los equipos de los núcleos y puestos.",
                            en="The network’s action plan provides for bringing back the information system on trafficking in persons (SISETP), with training sessions, videos and a user manual for the teams at the centres and posts.",
                            fr="Le plan d’action du réseau prévoit de relancer le système d’information sur la traite des personnes (SISETP), avec des formations, des vidéos et un manuel d’utilisation pour les équipes des centres et des postes.",
                            ht="Plan aksyon rezo a prevwa pou yo relanse sistèm enfòmasyon sou trafik moun nan (SISETP), ak fòmasyon, videyo ak yon manyèl pou ekip biwo ak pòs yo sèvi avè l.",
                        ),
                    ],
                },
            ),
            (
                "questions",
                {
                    "title": T(
                        pt="Perguntas sobre os cursos",
                        es="Preguntas sobre los cursos",
                        en="Questions about the courses",
                        fr="Questions sur les cours",
                        ht="Kesyon sou kou yo",
                    ),
                    "items": [
                        {
                            "question": T(
                                pt="Quem pode fazer os cursos?",
                                es="¿Quién puede hacer los cursos?",
                                en="Who can take the courses?",
                                fr="Qui peut suivre les cours ?",
                                ht="Ki moun ki ka swiv kou yo?",
                            ),
                            "answer": [
                                T(
                                    pt="Os cursos são pensados para profissionais da rede de enfrentamento: servidores públicos das áreas de assistência social, saúde, educação, segurança e justiça, além de organizações da sociedade civil. Cada curso informa o público a que se destina e as condições de inscrição.",
                                    es="Los cursos están pensados para profesionales de la red de respuesta: servidores públicos de asistencia social, salud, educación, seguridad y justicia, además de organizaciones de la sociedad civil. Cada curso indica a qué público está dirigido y las condiciones de inscripción.",
                                    en="The courses are designed for professionals in the response network: public servants in social assistance, health, education, security and justice, as well as civil society organisations. Each course states who it is for and how to enrol.",
                                    fr="Les cours s’adressent aux professionnels du réseau de lutte : agents publics de l’aide sociale, de la santé, de l’éducation, de la sécurité et de la justice, ainsi qu’aux organisations de la société civile. Chaque cours précise son public et les conditions d’inscription.",
                                    ht="Kou yo fèt pou pwofesyonèl nan rezo k ap konbat krim sa yo: anplwaye leta nan asistans sosyal, sante, edikasyon, sekirite ak lajistis, ansanm ak òganizasyon sosyete sivil yo. Chak kou di pou ki moun li ye ak kijan pou w enskri.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="Como recebo o certificado?",
                                es="¿Cómo recibo el certificado?",
                                en="How do I get my certificate?",
                                fr="Comment obtenir mon certificat ?",
                                ht="Kijan pou m resevwa sètifika m?",
                            ),
                            "answer": [
                                T(
                                    pt="Depois de concluir todas as etapas do curso e responder à avaliação, o certificado fica disponível para download com seu nome e a carga horária.",
                                    es="Después de completar todas las etapas del curso y responder la evaluación, el certificado queda disponible para descargar con su nombre y la carga horaria.",
                                    en="Once you have completed every part of the course and answered the evaluation, your certificate can be downloaded with your name and the number of hours.",
                                    fr="Une fois toutes les étapes du cours terminées et l’évaluation remplie, le certificat peut être téléchargé avec votre nom et le nombre d’heures.",
                                    ht="Lè w fin fè tout etap kou a epi w reponn evalyasyon an, w ap ka telechaje sètifika a ak non w ak kantite èdtan kou a te dire.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="Posso usar os materiais nas minhas próprias formações?",
                                es="¿Puedo usar los materiales en mis propias formaciones?",
                                en="Can I use the materials in my own training sessions?",
                                fr="Puis-je utiliser les supports dans mes propres formations ?",
                                ht="Èske m ka sèvi ak materyèl yo nan pwòp fòmasyon pa m?",
                            ),
                            "answer": [
                                T(
                                    pt="Sim. Os módulos foram feitos para serem reaproveitados pela rede. Cite a fonte e mantenha as informações sobre os canais de denúncia.",
                                    es="Sí. Los módulos se hicieron para que la red los reutilice. Cite la fuente y mantenga la información sobre los canales de denuncia.",
                                    en="Yes. The modules were made to be reused across the network. Please credit the source and keep the information on reporting channels.",
                                    fr="Oui. Les modules ont été conçus pour être réutilisés par le réseau. Citez la source et conservez les informations sur les canaux de signalement.",
                                    ht="Wi. Modil yo te fèt pou rezo a ka itilize yo ankò. Site sous la epi kite enfòmasyon sou liy denonsyasyon yo ladan l.",
                                ),
                            ],
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "onde-pedir-ajuda",
        "title": T(
            pt="Onde pedir ajuda",
            es="Dónde pedir ayuda",
            en="Where to get help",
            fr="Où demander de l’aide",
            ht="Ki kote pou w mande èd",
        ),
        "intro": T(
            pt="Canais gratuitos para denunciar tráfico de pessoas, trabalho escravo e contrabando de migrantes, e os serviços que acolhem as vítimas no Brasil e no exterior.",
            es="Canales gratuitos para denunciar la trata de personas, el trabajo esclavo y el tráfico ilícito de migrantes, y los servicios que acogen a las víctimas en Brasil y en el exterior.",
            en="Free channels for reporting human trafficking, slave labour and migrant smuggling, and the services that support victims in Brazil and abroad.",
            fr="Des canaux gratuits pour signaler la traite des personnes, le travail forcé et le trafic illicite de migrants, et les services qui accueillent les victimes au Brésil et à l’étranger.",
            ht="Liy gratis pou denonse trafik moun, travay esklav ak kontrebann migran, ak sèvis ki resevwa viktim yo nan Brezil ak nan lòt peyi.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "callout",
                {
                    "tone": "emergency",
                    "title": T(
                        pt="Perigo imediato? Ligue 190 agora",
                        es="¿Peligro inmediato? Llame al 190 ahora",
                        en="In immediate danger? Call 190 now",
                        fr="Danger immédiat ? Appelez le 190 maintenant",
                        ht="Danje kounye a? Rele 190 touswit",
                    ),
                    "text": [
                        T(
                            pt="Se você ou outra pessoa está presa, sendo ameaçada ou sofrendo violência neste momento, ligue <b>190</b>. A ligação é gratuita e pode ser feita de qualquer telefone, mesmo sem crédito. Se não puder falar com segurança, procure um lugar onde consiga pedir ajuda a alguém de confiança.",
                            es="Si usted u otra persona está encerrada, amenazada o sufriendo violencia en este momento, llame al <b>190</b>. La llamada es gratuita y puede hacerse desde cualquier teléfono, incluso sin saldo. Si no puede hablar con seguridad, busque un lugar donde pueda pedir ayuda a alguien de confianza.",
                            en="If you or someone else is being held, threatened or hurt right now, call <b>190</b>. The call is free and can be made from any phone, even without credit. If you cannot speak safely, try to get somewhere you can ask a trusted person for help.",
                            fr="Si quelqu’un, vous ou une autre personne, est enfermé, menacé ou subit des violences en ce moment, appelez le <b>190</b>. L’appel est gratuit et possible depuis n’importe quel téléphone, même sans crédit. Si vous ne pouvez pas parler en sécurité, rendez-vous dans un endroit où vous pourrez demander de l’aide à une personne de confiance.",
                            ht="Si yo fèmen ou menm oswa yon lòt moun yon kote, si y ap menase nou oswa si y ap fè nou vyolans kounye a, rele <b>190</b>. Apèl la gratis epi ou ka fè l nan nenpòt telefòn, menm si w pa gen kredi. Si w pa ka pale san danje, chèche yon kote ou ka mande yon moun ou fè konfyans èd.",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Denúncia por telefone",
                        es="Denuncia por teléfono",
                        en="Reporting by phone",
                        fr="Signaler par téléphone",
                        ht="Denonse pa telefòn",
                    ),
                    "level": "h2",
                },
            ),
            (
                "phone_numbers",
                [
                    {
                        "number": "100",
                        "label": T(
                            pt="Disque 100 – Direitos Humanos",
                            es="Disque 100 – Derechos humanos",
                            en="Disque 100 – Human rights hotline",
                            fr="Disque 100 – Droits humains",
                            ht="Disque 100 – Dwa moun",
                        ),
                        "description": T(
                            pt="Tráfico de pessoas e outras violações de direitos humanos. Gratuito, 24 horas, todos os dias. Também atende por WhatsApp e aplicativo.",
                            es="Trata de personas y otras violaciones de derechos humanos. Gratuito, las 24 horas, todos los días. También atiende por WhatsApp y aplicación.",
                            en="Human trafficking and other human rights violations. Free, 24 hours a day, every day. Also available on WhatsApp and through an app.",
                            fr="Traite des personnes et autres violations des droits humains. Gratuit, 24 h sur 24, tous les jours. Aussi joignable par WhatsApp et par application.",
                            ht="Trafik moun ak lòt vyolasyon dwa moun. Gratis, 24 èdtan sou 24, chak jou. Ou ka kontakte l sou WhatsApp ak nan yon aplikasyon tou.",
                        ),
                    },
                    {
                        "number": "180",
                        "label": T(
                            pt="Ligue 180 – Central de Atendimento à Mulher",
                            es="Ligue 180 – Línea de atención a la mujer",
                            en="Ligue 180 – Women’s helpline",
                            fr="Ligue 180 – Ligne d’écoute pour les femmes",
                            ht="Ligue 180 – Liy pou fanm",
                        ),
                        "description": T(
                            pt="Violência contra a mulher, incluindo exploração sexual e tráfico. Gratuito e disponível 24 horas.",
                            es="Violencia contra la mujer, incluidas la explotación sexual y la trata. Gratuito y disponible las 24 horas.",
                            en="Violence against women, including sexual exploitation and trafficking. Free and available 24 hours a day.",
                            fr="Violences faites aux femmes, y compris l’exploitation sexuelle et la traite. Gratuit et disponible 24 h sur 24.",
                            ht="Vyolans kont fanm, sa gen ladan eksplwatasyon seksyèl ak trafik moun. Gratis epi disponib 24 èdtan sou 24.",
                        ),
                    },
                    {
                        "number": "190",
                        "label": T(
                            pt="190 – Polícia Militar",
                            es="190 – Policía Militar",
                            en="190 – Military Police (emergency)",
                            fr="190 – Police militaire (urgences)",
                            ht="190 – Polis Militè (ijans)",
                        ),
                        "description": T(
                            pt="Emergências e crimes que estão acontecendo agora. Ligue sempre que houver risco imediato à vida ou à liberdade.",
                            es="Emergencias y delitos que están ocurriendo ahora. Llame siempre que haya un riesgo inmediato para la vida o la libertad.",
                            en="Emergencies and crimes happening right now. Call whenever there is an immediate risk to someone’s life or freedom.",
                            fr="Urgences et crimes en cours. Appelez dès qu’il existe un risque immédiat pour la vie ou la liberté d’une personne.",
                            ht="Ijans ak krim k ap fèt kounye a. Rele chak fwa lavi oswa libète yon moun an danje touswit.",
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Você não precisa ter provas nem certeza para denunciar: basta relatar o que viu ou ouviu. As denúncias podem ser anônimas e são encaminhadas aos órgãos responsáveis por investigar e proteger as vítimas.",
                        es="No necesita pruebas ni certeza para denunciar: basta con contar lo que vio u oyó. Las denuncias pueden ser anónimas y se envían a los organismos encargados de investigar y proteger a las víctimas.",
                        en="You do not need proof or certainty to report: just describe what you saw or heard. Reports can be anonymous and are passed on to the bodies responsible for investigating and protecting victims.",
                        fr="Vous n’avez besoin ni de preuves ni de certitude pour signaler : il suffit de raconter ce que vous avez vu ou entendu. Les signalements peuvent être anonymes et sont transmis aux organismes chargés d’enquêter et de protéger les victimes.",
                        ht="Ou pa bezwen gen prèv ni ou pa bezwen sèten pou w fè denonsyasyon: ase w rakonte sa w te wè oswa tande. Denonsyasyon yo ka anonim epi yo voye yo bay enstitisyon ki responsab pou fè ankèt ak pwoteje viktim yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Trabalho escravo: Sistema Ipê",
                        es="Trabajo esclavo: Sistema Ipê",
                        en="Slave labour: the Ipê system",
                        fr="Travail forcé : le système Ipê",
                        ht="Travay esklav: Sistema Ipê",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Situações de trabalho análogo ao de escravo, como jornadas exaustivas, alojamentos degradantes, dívidas impostas pelo empregador ou proibição de sair do local, podem ser denunciadas pela internet no <b>Sistema Ipê</b>, mantido pela Inspeção do Trabalho. Não é preciso se identificar.",
                        es="Las situaciones de trabajo análogo a la esclavitud, como jornadas agotadoras, alojamientos degradantes, deudas impuestas por el empleador o la prohibición de salir del lugar, pueden denunciarse por internet en el <b>Sistema Ipê</b>, gestionado por la Inspección del Trabajo. No es necesario identificarse.",
                        en="Slave-like labour, such as exhausting hours, degrading housing, debts imposed by the employer or being forbidden to leave, can be reported online through the <b>Sistema Ipê</b>, run by Brazil’s labour inspectorate. You do not have to identify yourself.",
                        fr="Le travail analogue à l’esclavage, comme des journées épuisantes, des logements dégradants, des dettes imposées par l’employeur ou l’interdiction de quitter le lieu, peut être signalé en ligne sur le <b>Sistema Ipê</b>, géré par l’inspection du travail. Il n’est pas nécessaire de s’identifier.",
                        ht="Ou ka denonse sou entènèt, nan <b>Sistema Ipê</b>, sèvis enspeksyon travay la jere, tout sitiyasyon travay ki sanble ak esklavaj: pa egzanp jounen travay ki kraze moun, kote pou dòmi ki degradan, dèt patwon an fòse w peye oswa entèdiksyon pou w kite kote w ap travay la. Ou pa bezwen bay non w.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Núcleos estaduais e postos avançados",
                        es="Núcleos estatales y puestos avanzados",
                        en="State centres and advanced posts",
                        fr="Centres des États et postes avancés",
                        ht="Biwo eta yo ak pòs avanse yo",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Os <b>Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP)</b> fazem o primeiro atendimento, encaminham a vítima para serviços de emergência, articulam saúde, assistência social, educação e trabalho e levam casos à Defensoria Pública. Cada núcleo tem telefone e local para atendimento presencial, divulgados pelo governo do estado.",
                        es="Los <b>Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP, núcleos contra la trata)</b> brindan la primera atención, derivan a la víctima a servicios de emergencia, coordinan salud, asistencia social, educación y trabajo, y llevan los casos a la Defensoría Pública. Cada núcleo tiene teléfono y un lugar de atención presencial, publicados por el gobierno del estado.",
                        en="The <b>Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP, state anti-trafficking centres)</b> provide first support, refer victims to emergency services, coordinate health, social assistance, education and employment services and take cases to the Public Defender’s Office. Each centre has a phone line and an office for in-person help, published by the state government.",
                        fr="Les <b>Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP, centres de lutte contre la traite)</b> assurent le premier accueil, orientent la victime vers les services d’urgence, coordonnent santé, aide sociale, éducation et emploi et portent les dossiers devant la Defensoria Pública (aide juridique publique). Chaque centre dispose d’un téléphone et d’un lieu d’accueil, publiés par le gouvernement de l’État.",
                        ht="<b>Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP, biwo eta yo kont trafik moun)</b> bay premye swen, voye viktim nan nan sèvis ijans, fè sèvis sante, asistans sosyal, edikasyon ak travay mache ansanm, epi pote ka yo bay Defensoria Pública (avoka piblik gratis). Chak biwo gen yon nimewo telefòn ak yon kote pou resevwa moun, gouvènman eta a pibliye yo.",
                    ),
                    T(
                        pt="Há NETP no Acre, Amapá, Amazonas, Bahia, Ceará, Distrito Federal, Goiás, Maranhão, Mato Grosso, Mato Grosso do Sul, Minas Gerais, Pará, Paraíba, Paraná, Pernambuco, Rio de Janeiro, Rio Grande do Sul e São Paulo, além de núcleos municipais em Lauro de Freitas (BA) e Ipojuca (PE).",
                        es="Hay NETP en Acre, Amapá, Amazonas, Bahía, Ceará, Distrito Federal, Goiás, Maranhão, Mato Grosso, Mato Grosso do Sul, Minas Gerais, Pará, Paraíba, Paraná, Pernambuco, Río de Janeiro, Rio Grande do Sul y São Paulo, además de núcleos municipales en Lauro de Freitas (BA) e Ipojuca (PE).",
                        en="There are NETPs in Acre, Amapá, Amazonas, Bahia, Ceará, the Federal District, Goiás, Maranhão, Mato Grosso, Mato Grosso do Sul, Minas Gerais, Pará, Paraíba, Paraná, Pernambuco, Rio de Janeiro, Rio Grande do Sul and São Paulo, as well as municipal centres in Lauro de Freitas (Bahia) and Ipojuca (Pernambuco).",
                        fr="Il existe des NETP dans les États d’Acre, Amapá, Amazonas, Bahia, Ceará, Goiás, Maranhão, Mato Grosso, Mato Grosso do Sul, Minas Gerais, Pará, Paraíba, Paraná, Pernambuco, Rio de Janeiro, Rio Grande do Sul et São Paulo, dans le District fédéral, ainsi que des centres municipaux à Lauro de Freitas (Bahia) et Ipojuca (Pernambuco).",
                        ht="Gen NETP nan Acre, Amapá, Amazonas, Bahia, Ceará, Distri Federal la, Goiás, Maranhão, Mato Grosso, Mato Grosso do Sul, Minas Gerais, Pará, Paraíba, Paraná, Pernambuco, Rio de Janeiro, Rio Grande do Sul ak São Paulo, epi gen biwo minisipal tou nan Lauro de Freitas (Bahia) ak Ipojuca (Pernambuco).",
                    ),
                    T(
                        pt="Os <b>Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM)</b> acolhem pessoas migrantes e brasileiros que chegam ou retornam em situação de vulnerabilidade. Há postos em funcionamento no Amazonas, no Ceará, no Rio de Janeiro e em São Paulo.",
                        es="Los <b>Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM, puestos de atención a migrantes)</b> acogen a personas migrantes y a brasileños que llegan o regresan en situación de vulnerabilidad. Hay puestos en funcionamiento en Amazonas, Ceará, Río de Janeiro y São Paulo.",
                        en="The <b>Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM, advanced care posts for migrants)</b> support migrants and Brazilians who arrive or return in vulnerable situations. There are posts operating in Amazonas, Ceará, Rio de Janeiro and São Paulo.",
                        fr="Les <b>Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM, postes avancés d’accueil des migrants)</b> accueillent les personnes migrantes et les Brésiliens qui arrivent ou reviennent en situation de vulnérabilité. Des postes fonctionnent en Amazonas, au Ceará, à Rio de Janeiro et à São Paulo.",
                        ht="<b>Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM, pòs avanse ki resevwa migran)</b> akeyi migran ak Brezilyen k ap rive oswa k ap retounen nan yon sitiyasyon frajil. Gen pòs k ap fonksyone nan Amazonas, Ceará, Rio de Janeiro ak São Paulo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O caminho de um atendimento",
                        es="El recorrido de una atención",
                        en="How a case moves through the system",
                        fr="Le parcours d’une prise en charge",
                        ht="Chemen yon ka swiv",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="<b>Denúncia:</b> chega pelo Disque 100, pelo Ligue 180, pela Polícia Federal ou pelo Ministério Público. <b>Resposta:</b> núcleos, organizações da sociedade civil e organismos internacionais analisam o caso e articulam a rede. <b>Resgate:</b> é feito por autoridades como a Polícia Federal e o Ministério Público. <b>Pós-resgate:</b> os núcleos cuidam das primeiras necessidades e dos encaminhamentos. <b>Atendimento contínuo:</b> a rede de assistência social (CRAS, CREAS, Centro POP e unidades de acolhimento) e a sociedade civil acompanham a pessoa.",
                        es="<b>Denuncia:</b> llega por el Disque 100, el Ligue 180, la Policía Federal o el Ministerio Público. <b>Respuesta:</b> los núcleos, las organizaciones de la sociedad civil y los organismos internacionales analizan el caso y coordinan la red. <b>Rescate:</b> lo realizan autoridades como la Policía Federal y el Ministerio Público. <b>Posrescate:</b> los núcleos atienden las primeras necesidades y las derivaciones. <b>Atención continua:</b> la red de asistencia social (CRAS, CREAS, Centro POP y centros de acogida) y la sociedad civil acompañan a la persona.",
                        en="<b>Report:</b> it comes in through Disque 100, Ligue 180, the Federal Police or the Public Prosecutor’s Office. <b>Response:</b> state centres, civil society organisations and international agencies assess the case and mobilise the network. <b>Rescue:</b> carried out by authorities such as the Federal Police and the Public Prosecutor’s Office. <b>Post-rescue:</b> the centres deal with immediate needs and referrals. <b>Ongoing care:</b> the social assistance network (CRAS, CREAS, Centro POP and shelters) and civil society support the person.",
                        fr="<b>Signalement :</b> il arrive par le Disque 100, le Ligue 180, la Police fédérale ou le ministère public. <b>Réponse :</b> les centres, les organisations de la société civile et les organismes internationaux analysent le cas et mobilisent le réseau. <b>Sauvetage :</b> il est mené par des autorités comme la Police fédérale et le ministère public. <b>Après le sauvetage :</b> les centres s’occupent des premiers besoins et des orientations. <b>Accompagnement continu :</b> le réseau d’aide sociale (CRAS, CREAS, Centro POP et structures d’hébergement) et la société civile suivent la personne.",
                        ht="<b>Denonsyasyon:</b> li rive pa Disque 100, Ligue 180, Polis Federal la oswa Ministè Piblik la (pwokirè). <b>Repons:</b> biwo eta yo, òganizasyon sosyete sivil yo ak òganizasyon entènasyonal yo etidye ka a epi mete rezo a an mouvman. <b>Sekou:</b> otorite tankou Polis Federal la ak Ministè Piblik la fè l. <b>Apre sekou a:</b> biwo yo okipe premye bezwen yo ak kote pou voye moun nan. <b>Swen kontinyèl:</b> rezo asistans sosyal la (CRAS, CREAS, Centro POP ak kay akèy) ak sosyete sivil la akonpaye moun nan.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Migrantes sem documentos também têm direito a ajuda",
                        es="Los migrantes sin documentos también tienen derecho a ayuda",
                        en="Undocumented migrants have the right to help too",
                        fr="Les migrants sans papiers ont eux aussi droit à l’aide",
                        ht="Migran ki pa gen papye gen dwa pou yo jwenn èd tou",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="A Lei de Migração (Lei nº 13.445/2017) garante acesso à saúde, à assistência social e à educação públicas sem discriminação pela situação migratória. Você pode procurar um posto de saúde, um CRAS ou um CREAS mesmo sem documentos. Vítimas de tráfico de pessoas podem pedir autorização de residência no Brasil, e a Defensoria Pública da União oferece orientação jurídica gratuita.",
                        es="La Ley de Migración (Ley nº 13.445/2017) garantiza el acceso a la salud, la asistencia social y la educación públicas sin discriminación por la situación migratoria. Puede acudir a un centro de salud, a un CRAS o a un CREAS aunque no tenga documentos. Las víctimas de trata de personas pueden solicitar autorización de residencia en Brasil, y la Defensoría Pública de la Unión ofrece orientación jurídica gratuita.",
                        en="Brazil’s Migration Law (Law 13.445/2017) guarantees access to public health care, social assistance and education without discrimination based on migration status. You can go to a health centre, a CRAS or a CREAS (social assistance centres) even without documents. Victims of human trafficking can apply for a residence permit in Brazil, and the Federal Public Defender’s Office (DPU) offers free legal advice.",
                        fr="La loi sur les migrations (loi nº 13.445/2017) garantit l’accès à la santé, à l’aide sociale et à l’éducation publiques sans discrimination liée à la situation migratoire. Vous pouvez vous rendre dans un centre de santé, un CRAS ou un CREAS (centres d’aide sociale) même sans papiers. Les victimes de la traite des personnes peuvent demander une autorisation de résidence au Brésil, et la Defensoria Pública da União (aide juridique fédérale) offre des conseils juridiques gratuits.",
                        ht="Lwa sou Migrasyon an (Lwa nº 13.445/2017) garanti aksè a sante, asistans sosyal ak edikasyon piblik san diskriminasyon akoz sitiyasyon papye w. Ou ka ale nan yon sant sante, yon CRAS oswa yon CREAS (sant asistans sosyal) menm si w pa gen papye. Viktim trafik moun ka mande otorizasyon pou yo rete Brezil, epi Defensoria Pública da União (avoka leta federal) bay konsèy jiridik gratis.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Brasileiros no exterior",
                        es="Brasileños en el exterior",
                        en="Brazilians abroad",
                        fr="Brésiliens à l’étranger",
                        ht="Brezilyen ki nan lòt peyi",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Brasileiros vítimas de tráfico ou de contrabando fora do país devem procurar a embaixada ou o consulado do Brasil mais próximo. A assistência consular do Ministério das Relações Exteriores orienta, acolhe e apoia o retorno. O I PAECM prevê melhorar as plataformas de informação para brasileiros no exterior sobre canais de denúncia e rede de apoio nos principais países de destino.",
                        es="Los brasileños víctimas de trata o de tráfico ilícito fuera del país deben acudir a la embajada o al consulado de Brasil más cercano. La asistencia consular del Ministerio de Relaciones Exteriores orienta, acoge y apoya el regreso. El I PAECM prevé mejorar las plataformas de información para brasileños en el exterior sobre canales de denuncia y redes de apoyo en los principales países de destino.",
                        en="Brazilians who are victims of trafficking or smuggling outside the country should contact the nearest Brazilian embassy or consulate. Consular assistance from the Ministry of Foreign Affairs provides guidance and support, including help to return home. The I PAECM plans to improve information platforms for Brazilians abroad on reporting channels and support networks in the main destination countries.",
                        fr="Les Brésiliens victimes de traite ou de trafic à l’étranger doivent s’adresser à l’ambassade ou au consulat du Brésil le plus proche. L’assistance consulaire du ministère des Relations extérieures les oriente, les accueille et facilite leur retour. Le I PAECM prévoit d’améliorer l’information destinée aux Brésiliens à l’étranger sur les canaux de signalement et les réseaux d’aide dans les principaux pays de destination.",
                        ht="Brezilyen ki viktim trafik moun oswa kontrebann nan lòt peyi dwe ale nan anbasad oswa konsila Brezil ki pi pre a. Asistans konsila Ministè Afè Etranjè a bay konsèy, resevwa moun yo epi ede yo retounen. I PAECM nan prevwa amelyore enfòmasyon pou Brezilyen ki nan lòt peyi sou liy denonsyasyon ak rezo sipò nan peyi kote yo ale plis yo.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "planos-nacionais",
        "title": T(
            pt="Planos nacionais",
            es="Planes nacionales",
            en="National plans",
            fr="Plans nationaux",
            ht="Plan nasyonal",
        ),
        "intro": T(
            pt="A política brasileira contra o tráfico de pessoas e o contrabando de migrantes se organiza em planos com metas, ações e prazos. Conheça o III e o IV Plano Nacional e o I PAECM.",
            es="La política brasileña contra la trata de personas y el tráfico ilícito de migrantes se organiza en planes con metas, acciones y plazos. Conozca el III y el IV Plan Nacional y el I PAECM.",
            en="Brazil’s policy against human trafficking and migrant smuggling is organised into plans with goals, actions and deadlines. Learn about the Third and Fourth National Plans and the I PAECM.",
            fr="La politique brésilienne contre la traite des personnes et le trafic illicite de migrants s’organise en plans assortis d’objectifs, d’actions et d’échéances. Découvrez les IIIe et IVe Plans nationaux et le I PAECM.",
            ht="Politik Brezil kont trafik moun ak kontrebann migran òganize an plan ki gen objektif, aksyon ak dat limit. Dekouvri twazyèm ak katriyèm Plan Nasyonal yo ak I PAECM nan.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                [
                    T(
                        pt="A base de tudo é a Política Nacional de Enfrentamento ao Tráfico de Pessoas, instituída pelo Decreto nº 5.948/2006, que se apoia em três eixos: prevenção, repressão e responsabilização dos autores, e atenção às vítimas. Os planos nacionais transformam esses princípios em metas concretas, com responsáveis e prazos, e são acompanhados publicamente.",
                        es="La base de todo es la Política Nacional de Enfrentamento ao Tráfico de Pessoas (Política Nacional contra la Trata de Personas), instituida por el Decreto nº 5.948/2006, que se apoya en tres ejes: prevención, represión y responsabilización de los autores, y atención a las víctimas. Los planes nacionales convierten esos principios en metas concretas, con responsables y plazos, y se siguen públicamente.",
                        en="Everything rests on the National Policy against Trafficking in Persons, established by Decree 5.948/2006, which has three pillars: prevention, prosecution and accountability of offenders, and care for victims. The national plans turn those principles into concrete goals with owners and deadlines, and their progress is tracked in public.",
                        fr="Tout repose sur la Politique nationale de lutte contre la traite des personnes, instituée par le décret nº 5.948/2006, qui s’appuie sur trois axes : la prévention, la répression et la mise en cause des auteurs, et l’assistance aux victimes. Les plans nationaux traduisent ces principes en objectifs concrets, avec des responsables et des échéances, et font l’objet d’un suivi public.",
                        ht="Baz tout bagay se Politik Nasyonal pou Konbat Trafik Moun, Dekrè nº 5.948/2006 te kreye, ki chita sou twa aks: prevansyon, represyon ak fè otè yo reponn pou sa yo fè, epi swen pou viktim yo. Plan nasyonal yo fè prensip sa yo tounen objektif konkrè, ak moun ki responsab ak dat limit, epi tout moun ka swiv jan yo avanse.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="III Plano Nacional de Enfrentamento ao Tráfico de Pessoas (2018–2022)",
                        es="III Plan Nacional de Lucha contra la Trata de Personas (2018–2022)",
                        en="Third National Plan against Trafficking in Persons (2018–2022)",
                        fr="IIIe Plan national de lutte contre la traite des personnes (2018–2022)",
                        ht="Twazyèm Plan Nasyonal pou Konbat Trafik Moun (2018–2022)",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Aprovado pelo Decreto nº 9.440, de 3 de julho de 2018, com vigência de quatro anos, o III Plano reuniu 58 metas em seis eixos temáticos: Gestão da Política, Gestão da Informação, Capacitação, Responsabilização, Assistência à Vítima e Prevenção e Conscientização Pública. Seus objetivos incluíam ampliar a atuação da União, dos estados, do Distrito Federal e dos municípios, fortalecer a cooperação com a sociedade civil e organismos internacionais, reduzir vulnerabilidades e capacitar profissionais.",
                        es="Aprobado por el Decreto nº 9.440, del 3 de julio de 2018, con una vigencia de cuatro años, el III Plan reunió 58 metas en seis ejes temáticos: Gestión de la Política, Gestión de la Información, Capacitación, Responsabilización, Asistencia a la Víctima, y Prevención y Concientización Pública. Sus objetivos incluían ampliar la actuación de la Unión, los estados, el Distrito Federal y los municipios, fortalecer la cooperación con la sociedad civil y los organismos internacionales, reducir vulnerabilidades y capacitar a profesionales.",
                        en="Approved by Decree 9.440 of 3 July 2018 and in force for four years, the Third Plan set 58 goals across six thematic pillars: Policy Management, Information Management, Training, Accountability, Victim Assistance, and Prevention and Public Awareness. Its aims included broadening the work of the federal government, states, the Federal District and municipalities, strengthening cooperation with civil society and international organisations, reducing vulnerability and training professionals.",
                        fr="Approuvé par le décret nº 9.440 du 3 juillet 2018, pour une durée de quatre ans, le IIIe Plan comptait 58 objectifs répartis en six axes thématiques : gestion de la politique, gestion de l’information, formation, responsabilisation, assistance aux victimes, et prévention et sensibilisation du public. Il visait notamment à élargir l’action de l’Union, des États, du District fédéral et des municipalités, à renforcer la coopération avec la société civile et les organisations internationales, à réduire les vulnérabilités et à former les professionnels.",
                        ht="Dekrè nº 9.440 le 3 jiyè 2018 te apwouve twazyèm Plan an pou kat an. Li te gen 58 objektif nan sis aks: Jesyon Politik la, Jesyon Enfòmasyon, Fòmasyon, Responsabilite, Asistans pou Viktim, ak Prevansyon ak Sansibilizasyon Piblik. Pami bi li yo te genyen: elaji aksyon gouvènman federal la, eta yo, Distri Federal la ak minisipalite yo, ranfòse koperasyon ak sosyete sivil la ak òganizasyon entènasyonal yo, diminye vilnerabilite ak fòme pwofesyonèl yo.",
                    ),
                    T(
                        pt="O acompanhamento ficou a cargo do Grupo Interministerial de Monitoramento e Avaliação do III Plano, criado pelo Decreto nº 9.796, de 20 de maio de 2019. Presidido pelo Ministério da Justiça e Segurança Pública, o grupo reuniu representantes de sete ministérios e da Defensoria Pública da União, com reuniões semestrais, para avaliar a execução, propor ajustes de prioridade e produzir relatórios de progresso.",
                        es="El seguimiento estuvo a cargo del Grupo Interministerial de Monitoreo y Evaluación del III Plan, creado por el Decreto nº 9.796, del 20 de mayo de 2019. Presidido por el Ministerio de Justicia y Seguridad Pública, el grupo reunió a representantes de siete ministerios y de la Defensoría Pública de la Unión, con reuniones semestrales, para evaluar la ejecución, proponer ajustes de prioridad y elaborar informes de avance.",
                        en="Monitoring was the job of the Inter-ministerial Group for Monitoring and Evaluation of the Third Plan, created by Decree 9.796 of 20 May 2019. Chaired by the Ministry of Justice and Public Security, the group brought together representatives of seven ministries and the Federal Public Defender’s Office, meeting every six months to assess implementation, suggest changes in priorities and produce progress reports.",
                        fr="Le suivi a été confié au Groupe interministériel de suivi et d’évaluation du IIIe Plan, créé par le décret nº 9.796 du 20 mai 2019. Présidé par le ministère de la Justice et de la Sécurité publique, ce groupe réunissait des représentants de sept ministères et de la Defensoria Pública da União, avec des réunions semestrielles, pour évaluer l’exécution, proposer des ajustements de priorités et produire des rapports d’avancement.",
                        ht="Se Gwoup Entèministeryèl pou Swivi ak Evalyasyon twazyèm Plan an, Dekrè nº 9.796 le 20 me 2019 te kreye, ki te swiv plan an. Ministè Lajistis ak Sekirite Piblik la te prezide gwoup la, ki te gen reprezantan sèt ministè ak Defensoria Pública da União ladan l. Yo te reyini chak sis mwa pou evalye jan plan an ap aplike, pwopoze chanjman nan priyorite yo epi ekri rapò sou pwogrè yo.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": T(
                        pt="O III Plano em números",
                        es="El III Plan en cifras",
                        en="The Third Plan in figures",
                        fr="Le IIIe Plan en chiffres",
                        ht="Twazyèm Plan an an chif",
                    ),
                    "text": [
                        T(
                            pt="58 metas, 6 eixos temáticos, 120 indicadores e 138 ações. No ciclo de monitoramento, 118 das 138 ações foram monitoradas, ou seja, <b>86%</b>.",
                            es="58 metas, 6 ejes temáticos, 120 indicadores y 138 acciones. En el ciclo de monitoreo se dio seguimiento a 118 de las 138 acciones, es decir, al <b>86%</b>.",
                            en="58 goals, 6 thematic pillars, 120 indicators and 138 actions. In the monitoring cycle, 118 of the 138 actions were monitored: <b>86%</b>.",
                            fr="58 objectifs, 6 axes thématiques, 120 indicateurs et 138 actions. Au cours du cycle de suivi, 118 des 138 actions ont été suivies, soit <b>86 %</b>.",
                            ht="58 objektif, 6 aks, 120 endikatè ak 138 aksyon. Pandan sik swivi a, yo te swiv 118 nan 138 aksyon yo, sa vle di <b>86%</b>.",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="IV Plano Nacional de Enfrentamento ao Tráfico de Pessoas (2024–2028)",
                        es="IV Plan Nacional de Lucha contra la Trata de Personas (2024–2028)",
                        en="Fourth National Plan against Trafficking in Persons (2024–2028)",
                        fr="IVe Plan national de lutte contre la traite des personnes (2024–2028)",
                        ht="Katriyèm Plan Nasyonal pou Konbat Trafik Moun (2024–2028)",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O IV Plano foi aprovado pelo Decreto nº 12.121, de 30 de julho de 2024, e vale por quatro anos. Um de seus objetivos centrais é ampliar e aperfeiçoar a atuação dos órgãos que enfrentam o tráfico de pessoas. A <b>ação prioritária 1.1</b> busca fortalecer a estrutura desses órgãos nos níveis federal, estadual, distrital e municipal, e a <b>atividade 1.1.3</b> trata especificamente da expansão e do fortalecimento da Rede de NETP e PAAHM.",
                        es="El IV Plan fue aprobado por el Decreto nº 12.121, del 30 de julio de 2024, y tiene una vigencia de cuatro años. Uno de sus objetivos centrales es ampliar y mejorar la actuación de los órganos que combaten la trata de personas. La <b>acción prioritaria 1.1</b> busca fortalecer la estructura de esos órganos en los niveles federal, estatal, distrital y municipal, y la <b>actividad 1.1.3</b> se refiere específicamente a la expansión y el fortalecimiento de la Red de NETP y PAAHM.",
                        en="The Fourth Plan was approved by Decree 12.121 of 30 July 2024 and runs for four years. One of its central aims is to broaden and improve the work of the bodies tackling human trafficking. <b>Priority action 1.1</b> seeks to strengthen those bodies at federal, state, Federal District and municipal level, and <b>activity 1.1.3</b> deals specifically with expanding and strengthening the NETP and PAAHM network.",
                        fr="Le IVe Plan a été approuvé par le décret nº 12.121 du 30 juillet 2024 et court sur quatre ans. L’un de ses objectifs centraux est d’élargir et d’améliorer l’action des organismes qui luttent contre la traite des personnes. L’<b>action prioritaire 1.1</b> vise à renforcer ces organismes aux niveaux fédéral, des États, du District fédéral et des municipalités, et l’<b>activité 1.1.3</b> porte précisément sur l’expansion et le renforcement du réseau des NETP et des PAAHM.",
                        ht="Dekrè nº 12.121 le 30 jiyè 2024 te apwouve katriyèm Plan an pou kat an. Youn nan gwo objektif li se elaji epi amelyore travay enstitisyon k ap konbat trafik moun yo. <b>Aksyon priyoritè 1.1</b> vle ranfòse enstitisyon sa yo nan nivo federal, eta, Distri Federal ak minisipal, epi <b>aktivite 1.1.3</b> konsène espesyalman agrandi ak ranfòse rezo NETP ak PAAHM yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Plano de ação 2025–2028 da Rede de NETP e PAAHM",
                        es="Plan de acción 2025–2028 de la Red de NETP y PAAHM",
                        en="2025–2028 action plan of the NETP and PAAHM network",
                        fr="Plan d’action 2025–2028 du réseau des NETP et des PAAHM",
                        ht="Plan aksyon 2025–2028 rezo NETP ak PAAHM yo",
                    ),
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="A partir de um levantamento feito pela CGETP com os integrantes da Rede, foi construído de forma participativa um plano de ação que enfrenta oito lacunas: (1) pouca compreensão do papel da Rede, com a revisão da Portaria nº 31/2009; (2) falta de parâmetros mínimos de estrutura e equipe; (3) diferenças de conhecimento especializado; (4) recursos físicos e financeiros insuficientes; (5) pouca visibilidade do tema nos territórios; (6) articulação intersetorial, com estímulo a comitês locais e fluxos de atendimento; (7) gestão das informações, com a retomada do SISETP; e (8) pouco conhecimento de jornalistas e assessorias de comunicação.",
                        es="A partir de un relevamiento realizado por la CGETP con los integrantes de la Red, se elaboró de forma participativa un plan de acción que aborda ocho brechas: (1) poca comprensión del papel de la Red, con la revisión de la Portaria nº 31/2009; (2) falta de parámetros mínimos de estructura y equipo; (3) diferencias de conocimiento especializado; (4) recursos físicos y financieros insuficientes; (5) poca visibilidad del tema en los territorios; (6) articulación intersectorial, con estímulo a comités locales y flujos de atención; (7) gestión de la información, con la reactivación del SISETP; y (8) poco conocimiento de periodistas y oficinas de prensa.",
                        en="Based on a survey the CGETP carried out with network members, an action plan was drawn up jointly to close eight gaps: (1) limited understanding of the network’s role, including a review of Ordinance 31/2009; (2) no minimum standards for facilities and staff; (3) uneven specialist knowledge; (4) insufficient physical and financial resources; (5) low visibility of the issue locally; (6) coordination across sectors, encouraging local committees and care flows; (7) information management, bringing back the SISETP system; and (8) limited knowledge among journalists and press offices.",
                        fr="À partir d’une enquête menée par la CGETP auprès des membres du réseau, un plan d’action a été élaboré de manière participative pour combler huit lacunes : (1) une compréhension insuffisante du rôle du réseau, avec la révision de l’arrêté (Portaria) nº 31/2009 ; (2) l’absence de normes minimales de locaux et d’équipe ; (3) des écarts de connaissances spécialisées ; (4) des moyens matériels et financiers insuffisants ; (5) la faible visibilité du sujet dans les territoires ; (6) la coordination intersectorielle, avec la création de comités locaux et de circuits de prise en charge ; (7) la gestion de l’information, avec la relance du SISETP ; et (8) la méconnaissance du sujet chez les journalistes et les services de communication.",
                        ht="Apati yon ankèt CGETP te fè ak manm rezo a, yo te bati yon plan aksyon ansanm pou ranje uit mank: (1) moun pa konprann wòl rezo a byen, sa ki mande revizyon Portaria nº 31/2009; (2) pa gen estanda minimòm pou lokal ak ekip yo; (3) konesans espesyalize yo pa egal; (4) pa gen ase resous materyèl ak lajan; (5) sijè a pa parèt ase nan zòn yo; (6) kowòdinasyon ant sektè yo, ak ankourajman pou komite lokal ak chemen swen; (7) jesyon enfòmasyon, ak relans sistèm SISETP la; epi (8) jounalis ak sèvis kominikasyon yo pa konnen sijè a ase.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="I Plano de Ação de Enfrentamento ao Contrabando de Migrantes (2024–2029)",
                        es="I Plan de Acción contra el Tráfico Ilícito de Migrantes (2024–2029)",
                        en="First Action Plan against Migrant Smuggling (2024–2029)",
                        fr="Ier Plan d’action contre le trafic illicite de migrants (2024–2029)",
                        ht="Premye Plan Aksyon kont Kontrebann Migran (2024–2029)",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Lançado em 2024, o I PAECM foi elaborado pela CGETP, com apoio técnico da Organização Internacional para as Migrações (OIM) e participação de órgãos públicos federais, estaduais e municipais, sociedade civil e organismos internacionais. Seu prazo de execução é de cinco anos.",
                        es="Lanzado en 2024, el I PAECM fue elaborado por la CGETP con el apoyo técnico de la Organización Internacional para las Migraciones (OIM) y la participación de organismos públicos federales, estatales y municipales, la sociedad civil y organismos internacionales. Su plazo de ejecución es de cinco años.",
                        en="Launched in 2024, the I PAECM was drawn up by the CGETP with technical support from the International Organization for Migration (IOM) and input from federal, state and municipal bodies, civil society and international organisations. It is to be carried out over five years.",
                        fr="Lancé en 2024, le I PAECM a été élaboré par la CGETP avec l’appui technique de l’Organisation internationale pour les migrations (OIM) et la participation d’organismes publics fédéraux, des États et municipaux, de la société civile et d’organisations internationales. Sa mise en œuvre s’étend sur cinq ans.",
                        ht="I PAECM nan te lanse an 2024. Se CGETP ki te prepare l, ak sipò teknik Òganizasyon Entènasyonal pou Migrasyon (OIM), epi enstitisyon piblik federal, eta ak minisipal, sosyete sivil la ak òganizasyon entènasyonal yo te patisipe. Yo gen senk an pou yo aplike l.",
                    ),
                    T(
                        pt="O plano tem <b>4 objetivos específicos</b>, <b>28 ações prioritárias</b> e <b>75 atividades</b>. Os objetivos são: fortalecer a sensibilização e a comunicação para prevenir o contrabando; aprimorar o monitoramento e a resposta nas fronteiras; fortalecer a proteção social aos migrantes objeto de contrabando, com base nos direitos humanos; e intensificar a cooperação nacional e internacional.",
                        es="El plan tiene <b>4 objetivos específicos</b>, <b>28 acciones prioritarias</b> y <b>75 actividades</b>. Los objetivos son: fortalecer la sensibilización y la comunicación para prevenir el tráfico ilícito; mejorar el monitoreo y la respuesta en las fronteras; fortalecer la protección social de los migrantes objeto de tráfico, con base en los derechos humanos; e intensificar la cooperación nacional e internacional.",
                        en="The plan has <b>4 specific objectives</b>, <b>28 priority actions</b> and <b>75 activities</b>. The objectives are: stronger awareness-raising and communication to prevent smuggling; better monitoring and response at the borders; stronger social protection for smuggled migrants, grounded in human rights; and closer national and international cooperation.",
                        fr="Le plan comprend <b>4 objectifs spécifiques</b>, <b>28 actions prioritaires</b> et <b>75 activités</b>. Ses objectifs sont : renforcer la sensibilisation et la communication pour prévenir le trafic ; améliorer la surveillance et la réponse aux frontières ; renforcer la protection sociale des migrants objets de trafic, dans une perspective de droits humains ; et intensifier la coopération nationale et internationale.",
                        ht="Plan an gen <b>4 objektif espesifik</b>, <b>28 aksyon priyoritè</b> ak <b>75 aktivite</b>. Objektif yo se: ranfòse sansibilizasyon ak kominikasyon pou anpeche kontrebann; amelyore siveyans ak repons sou fwontyè yo; ranfòse pwoteksyon sosyal pou migran ki viktim kontrebann, sou baz dwa moun; epi ogmante koperasyon nasyonal ak entènasyonal.",
                    ),
                ],
            ),
            (
                "questions",
                {
                    "title": T(
                        pt="Perguntas sobre os planos",
                        es="Preguntas sobre los planes",
                        en="Questions about the plans",
                        fr="Questions sur les plans",
                        ht="Kesyon sou plan yo",
                    ),
                    "items": [
                        {
                            "question": T(
                                pt="Onde acompanho a execução do I PAECM?",
                                es="¿Dónde puedo seguir la ejecución del I PAECM?",
                                en="Where can I follow the progress of the I PAECM?",
                                fr="Où suivre la mise en œuvre du I PAECM ?",
                                ht="Ki kote m ka swiv jan I PAECM nan ap aplike?",
                            ),
                            "answer": [
                                T(
                                    pt="Um painel de monitoramento está em construção. Ele mostrará cada atividade, os parceiros responsáveis e o andamento, como forma de transparência ativa.",
                                    es="Se está construyendo un panel de seguimiento. Mostrará cada actividad, los socios responsables y su avance, como forma de transparencia activa.",
                                    en="A monitoring dashboard is being built. It will show each activity, the partners responsible and its progress, as a form of proactive transparency.",
                                    fr="Un tableau de bord de suivi est en cours de construction. Il présentera chaque activité, les partenaires responsables et l’état d’avancement, dans un souci de transparence active.",
                                    ht="Y ap konstwi yon tablo swivi. L ap montre chak aktivite, patnè ki responsab yo ak kote travay la rive, pou tout bagay fèt aklè.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="Qual é a diferença entre a Política Nacional e os planos?",
                                es="¿Cuál es la diferencia entre la Política Nacional y los planes?",
                                en="What is the difference between the National Policy and the plans?",
                                fr="Quelle différence entre la Politique nationale et les plans ?",
                                ht="Ki diferans ki genyen ant Politik Nasyonal la ak plan yo?",
                            ),
                            "answer": [
                                T(
                                    pt="A Política define princípios e diretrizes permanentes. Os planos têm prazo determinado e dizem o que será feito, por quem e como o resultado será medido.",
                                    es="La Política define principios y directrices permanentes. Los planes tienen un plazo determinado y dicen qué se hará, quién lo hará y cómo se medirá el resultado.",
                                    en="The Policy sets permanent principles and guidelines. The plans have a fixed term and say what will be done, by whom and how results will be measured.",
                                    fr="La Politique fixe des principes et des orientations permanents. Les plans ont une durée déterminée et précisent ce qui sera fait, par qui et comment les résultats seront mesurés.",
                                    ht="Politik la fikse prensip ak direksyon ki pèmanan. Plan yo gen yon dire limite epi yo di sa ki pral fèt, kiyès ki pral fè l ak kijan yo pral mezire rezilta yo.",
                                ),
                            ],
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "sobre",
        "title": T(
            pt="Sobre a CGETP",
            es="Acerca de la CGETP",
            en="About the CGETP",
            fr="À propos de la CGETP",
            ht="Konsènan CGETP",
        ),
        "intro": T(
            pt="A coordenação do Ministério da Justiça e Segurança Pública responsável pela política federal de enfrentamento ao tráfico de pessoas e ao contrabando de migrantes.",
            es="La coordinación del Ministerio de Justicia y Seguridad Pública responsable de la política federal contra la trata de personas y el tráfico ilícito de migrantes.",
            en="The unit of the Ministry of Justice and Public Security in charge of federal policy against trafficking in persons and migrant smuggling.",
            fr="La coordination du ministère de la Justice et de la Sécurité publique chargée de la politique fédérale de lutte contre la traite des personnes et le trafic illicite de migrants.",
            ht="Kowòdinasyon nan Ministè Lajistis ak Sekirite Piblik la ki responsab politik federal kont trafik moun ak kontrebann migran.",
        ),
        "show_in_menus": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        pt="Quem somos",
                        es="Quiénes somos",
                        en="Who we are",
                        fr="Qui sommes-nous",
                        ht="Kiyès nou ye",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="A <b>Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas e Contrabando de Migrantes (CGETP)</b> faz parte do Departamento de Migração da Secretaria Nacional de Justiça (Senajus), no Ministério da Justiça e Segurança Pública. É a unidade que coordena, no governo federal, a Política Nacional de Enfrentamento ao Tráfico de Pessoas e as ações contra o contrabando de migrantes.",
                        es="La <b>Coordinación General de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes (CGETP)</b> forma parte del Departamento de Migración de la Secretaría Nacional de Justicia (Senajus), en el Ministerio de Justicia y Seguridad Pública. Es la unidad que coordina, en el gobierno federal, la Política Nacional contra la Trata de Personas y las acciones contra el tráfico ilícito de migrantes.",
                        en="The <b>General Coordination against Trafficking in Persons and Migrant Smuggling (CGETP)</b> is part of the Department of Migration of the National Secretariat of Justice (Senajus), within the Ministry of Justice and Public Security. It is the federal government unit that coordinates the National Policy against Trafficking in Persons and the work against migrant smuggling.",
                        fr="La <b>Coordination générale de lutte contre la traite des personnes et le trafic illicite de migrants (CGETP)</b> fait partie du Département des migrations du Secrétariat national de la justice (Senajus), au sein du ministère de la Justice et de la Sécurité publique. C’est l’unité qui coordonne, au sein du gouvernement fédéral, la Politique nationale de lutte contre la traite des personnes et les actions contre le trafic illicite de migrants.",
                        ht="<b>Kowòdinasyon Jeneral pou Konbat Trafik Moun ak Kontrebann Migran (CGETP)</b> se yon pati nan Depatman Migrasyon Sekretarya Nasyonal Lajistis (Senajus), nan Ministè Lajistis ak Sekirite Piblik la. Se inite sa a ki kowòdone, nan gouvènman federal la, Politik Nasyonal pou Konbat Trafik Moun ak aksyon kont kontrebann migran yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O que fazemos",
                        es="Qué hacemos",
                        en="What we do",
                        fr="Ce que nous faisons",
                        ht="Sa nou fè",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="A CGETP acompanha a execução dos planos nacionais, apoia a Rede de Núcleos de Enfrentamento ao Tráfico de Pessoas e de Postos Avançados de Atendimento Humanizado ao Migrante, promove capacitações e campanhas de prevenção e produz materiais de orientação, como a cartilha sobre fluxos de atendimento a vítimas, elaborada com a OIM.",
                        es="La CGETP da seguimiento a la ejecución de los planes nacionales, apoya a la Red de Núcleos contra la Trata de Personas y de Puestos Avanzados de Atención a Migrantes, promueve capacitaciones y campañas de prevención y produce materiales de orientación, como la guía sobre flujos de atención a víctimas, elaborada con la OIM.",
                        en="The CGETP follows the implementation of the national plans, supports the network of state anti-trafficking centres and advanced care posts for migrants, runs training and prevention campaigns and produces guidance such as the booklet on care flows for victims, written with IOM.",
                        fr="La CGETP suit la mise en œuvre des plans nationaux, soutient le réseau des centres de lutte contre la traite et des postes avancés d’accueil des migrants, organise des formations et des campagnes de prévention et produit des guides, comme le livret sur les circuits de prise en charge des victimes, rédigé avec l’OIM.",
                        ht="CGETP swiv jan plan nasyonal yo ap aplike, li sipòte rezo biwo eta yo kont trafik moun ak pòs avanse ki resevwa migran yo, li òganize fòmasyon ak kanpay prevansyon, epi li pwodui materyèl oryantasyon, tankou ti liv sou chemen swen pou viktim yo, li te ekri ak OIM.",
                    ),
                    T(
                        pt="Foi a CGETP que liderou a construção do I Plano de Ação de Enfrentamento ao Contrabando de Migrantes, em diálogo com órgãos federais, estaduais e municipais, sociedade civil e organismos internacionais.",
                        es="Fue la CGETP la que lideró la elaboración del I Plan de Acción contra el Tráfico Ilícito de Migrantes, en diálogo con organismos federales, estatales y municipales, la sociedad civil y organismos internacionales.",
                        en="The CGETP led the drafting of the First Action Plan against Migrant Smuggling, in dialogue with federal, state and municipal bodies, civil society and international organisations.",
                        fr="C’est la CGETP qui a piloté l’élaboration du Ier Plan d’action contre le trafic illicite de migrants, en dialogue avec les organismes fédéraux, des États et municipaux, la société civile et les organisations internationales.",
                        ht="Se CGETP ki te dirije preparasyon premye Plan Aksyon kont Kontrebann Migran an, nan dyalòg ak enstitisyon federal, eta ak minisipal yo, sosyete sivil la ak òganizasyon entènasyonal yo.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Um trabalho feito em rede",
                        es="Un trabajo en red",
                        en="Working as a network",
                        fr="Un travail en réseau",
                        ht="Yon travay an rezo",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Nenhum órgão enfrenta esses crimes sozinho. A CGETP trabalha com estados e municípios, com a Polícia Federal, o Ministério Público, a Defensoria Pública da União, a rede de assistência social, organizações da sociedade civil e agências internacionais como a OIM e o Escritório das Nações Unidas sobre Drogas e Crime (UNODC).",
                        es="Ningún organismo enfrenta estos delitos solo. La CGETP trabaja con estados y municipios, con la Policía Federal, el Ministerio Público, la Defensoría Pública de la Unión, la red de asistencia social, organizaciones de la sociedad civil y agencias internacionales como la OIM y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC).",
                        en="No single body can tackle these crimes alone. The CGETP works with states and municipalities, the Federal Police, the Public Prosecutor’s Office, the Federal Public Defender’s Office, the social assistance network, civil society organisations and international agencies such as IOM and the United Nations Office on Drugs and Crime (UNODC).",
                        fr="Aucun organisme ne peut lutter seul contre ces crimes. La CGETP travaille avec les États et les municipalités, la Police fédérale, le ministère public, la Defensoria Pública da União, le réseau d’aide sociale, les organisations de la société civile et des agences internationales comme l’OIM et l’Office des Nations unies contre la drogue et le crime (ONUDC).",
                        ht="Pa gen okenn enstitisyon ki ka konbat krim sa yo pou kont li. CGETP travay ak eta yo ak minisipalite yo, ak Polis Federal la, Ministè Piblik la, Defensoria Pública da União, rezo asistans sosyal la, òganizasyon sosyete sivil yo ak ajans entènasyonal tankou OIM ak Biwo Nasyonzini kont Dwòg ak Krim (UNODC).",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O que você encontra neste portal",
                        es="Qué encontrará en este portal",
                        en="What you will find on this portal",
                        fr="Ce que vous trouverez sur ce portail",
                        ht="Sa w ap jwenn sou sit sa a",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Campanhas de prevenção para baixar e imprimir, um guia para jornalistas, um repositório de capacitação com certificados, os canais para denunciar e pedir ajuda e o acompanhamento dos planos nacionais. Tudo em cinco idiomas, pensado para funcionar em celulares simples, com conexões lentas e com tecnologias assistivas.",
                        es="Campañas de prevención para descargar e imprimir, una guía para periodistas, un repositorio de capacitación con certificados, los canales para denunciar y pedir ayuda y el seguimiento de los planes nacionales. Todo en cinco idiomas, pensado para funcionar en teléfonos sencillos, con conexiones lentas y con tecnologías de apoyo.",
                        en="Prevention campaigns to download and print, a guide for journalists, a training repository with certificates, channels for reporting and getting help, and progress on the national plans. All in five languages, designed to work on basic phones, slow connections and assistive technologies.",
                        fr="Des campagnes de prévention à télécharger et à imprimer, un guide pour les journalistes, un répertoire de formations avec certificats, les canaux pour signaler et demander de l’aide et le suivi des plans nationaux. Le tout en cinq langues, conçu pour fonctionner sur des téléphones simples, avec des connexions lentes et avec les technologies d’assistance.",
                        ht="Kanpay prevansyon pou telechaje ak enprime, yon gid pou jounalis, yon depo fòmasyon ak sètifika, liy pou denonse ak mande èd, ak swivi plan nasyonal yo. Tout bagay nan senk lang, epi li fèt pou l mache sou telefòn senp, ak koneksyon ki lan ak teknoloji asistans.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "warning",
                    "title": T(
                        pt="Este portal não recebe denúncias",
                        es="Este portal no recibe denuncias",
                        en="This portal does not take reports",
                        fr="Ce portail ne reçoit pas de signalements",
                        ht="Sit sa a pa resevwa denonsyasyon",
                    ),
                    "text": [
                        T(
                            pt="Para denunciar, use o Disque 100, o Ligue 180 ou, em emergências, o 190. Esses canais funcionam 24 horas e encaminham o caso a quem pode agir.",
                            es="Para denunciar, use el Disque 100, el Ligue 180 o, en emergencias, el 190. Estos canales funcionan las 24 horas y envían el caso a quien puede actuar.",
                            en="To make a report, use Disque 100, Ligue 180 or, in an emergency, 190. These channels work 24 hours a day and pass the case to those who can act.",
                            fr="Pour signaler une situation, utilisez le Disque 100, le Ligue 180 ou, en cas d’urgence, le 190. Ces canaux fonctionnent 24 h sur 24 et transmettent le cas à ceux qui peuvent agir.",
                            ht="Pou w fè denonsyasyon, sèvi ak Disque 100, Ligue 180 oswa, si se yon ijans, 190. Liy sa yo mache 24 èdtan sou 24 epi yo voye ka a bay moun ki ka aji.",
                        ),
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        pt="Precisa de ajuda agora?",
                        es="¿Necesita ayuda ahora?",
                        en="Need help now?",
                        fr="Besoin d’aide maintenant ?",
                        ht="Ou bezwen èd kounye a?",
                    ),
                    "text": T(
                        pt="Veja todos os canais de denúncia e os serviços de atendimento às vítimas.",
                        es="Vea todos los canales de denuncia y los servicios de atención a las víctimas.",
                        en="See every reporting channel and the services that support victims.",
                        fr="Consultez tous les canaux de signalement et les services d’aide aux victimes.",
                        ht="Gade tout liy denonsyasyon yo ak sèvis ki ede viktim yo.",
                    ),
                    "button_label": T(
                        pt="Onde pedir ajuda agora",
                        es="Dónde pedir ayuda ahora",
                        en="Where to get help now",
                        fr="Où trouver de l’aide maintenant",
                        ht="Ki kote pou jwenn èd kounye a",
                    ),
                    "page": "onde-pedir-ajuda",
                },
            ),
        ],
    },
    {
        "slug": "acessibilidade",
        "title": T(
            pt="Acessibilidade",
            es="Accesibilidad",
            en="Accessibility",
            fr="Accessibilité",
            ht="Aksesibilite",
        ),
        "intro": T(
            pt="Como usar os recursos de acessibilidade do portal, que segue o Modelo de Acessibilidade em Governo Eletrônico (eMAG), e como relatar uma barreira.",
            es="Cómo usar los recursos de accesibilidad del portal, que sigue el Modelo de Accesibilidad en Gobierno Electrónico (eMAG), y cómo informar de una barrera.",
            en="How to use the portal’s accessibility features, which follow Brazil’s e-Government Accessibility Model (eMAG), and how to report a barrier.",
            fr="Comment utiliser les fonctions d’accessibilité du portail, qui suit le Modèle d’accessibilité du gouvernement électronique (eMAG), et comment signaler un obstacle.",
            ht="Kijan pou w sèvi ak resous aksesibilite sit la, ki swiv Modèl Aksesibilite pou Gouvènman Elektwonik (eMAG), ak kijan pou w siyale yon obstak.",
        ),
        "show_in_menus": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        pt="Nosso compromisso",
                        es="Nuestro compromiso",
                        en="Our commitment",
                        fr="Notre engagement",
                        ht="Angajman nou",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Este portal foi construído para que todas as pessoas possam usá-lo, inclusive quem tem deficiência visual, auditiva, motora ou cognitiva, quem usa leitor de tela e quem acessa por um celular simples. Seguimos as recomendações do <b>eMAG</b>, o modelo de acessibilidade adotado pelo governo federal, e as diretrizes internacionais de acessibilidade para conteúdo web.",
                        es="Este portal se construyó para que todas las personas puedan usarlo, incluidas quienes tienen discapacidad visual, auditiva, motora o cognitiva, quienes usan lector de pantalla y quienes acceden desde un teléfono sencillo. Seguimos las recomendaciones del <b>eMAG</b>, el modelo de accesibilidad adoptado por el gobierno federal de Brasil, y las pautas internacionales de accesibilidad para el contenido web.",
                        en="This portal was built so that everyone can use it, including people with visual, hearing, motor or cognitive disabilities, screen reader users and people browsing on a basic phone. We follow the <b>eMAG</b>, the accessibility model adopted by Brazil’s federal government, and the international web content accessibility guidelines.",
                        fr="Ce portail a été conçu pour que tout le monde puisse l’utiliser, y compris les personnes ayant un handicap visuel, auditif, moteur ou cognitif, les utilisateurs de lecteurs d’écran et celles et ceux qui naviguent sur un téléphone simple. Nous suivons les recommandations de l’<b>eMAG</b>, le modèle d’accessibilité adopté par le gouvernement fédéral brésilien, ainsi que les règles internationales pour l’accessibilité des contenus web.",
                        ht="Sit sa a fèt pou tout moun ka sèvi avè l, sa gen ladan moun ki gen andikap nan je, nan zòrèy, nan mouvman oswa nan konpreyansyon, moun ki sèvi ak lektè ekran ak moun k ap navige sou yon telefòn senp. Nou swiv rekòmandasyon <b>eMAG</b>, modèl aksesibilite gouvènman federal Brezil la adopte, ak direktiv entènasyonal sou aksesibilite kontni entènèt.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Atalhos de teclado",
                        es="Atajos de teclado",
                        en="Keyboard shortcuts",
                        fr="Raccourcis clavier",
                        ht="Rakousi klavye",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Em todas as páginas, você pode pular direto para as principais áreas: <b>Alt+1</b> leva ao conteúdo, <b>Alt+2</b> ao menu, <b>Alt+3</b> à busca e <b>Alt+4</b> ao rodapé.",
                        es="En todas las páginas puede saltar directamente a las áreas principales: <b>Alt+1</b> lleva al contenido, <b>Alt+2</b> al menú, <b>Alt+3</b> a la búsqueda y <b>Alt+4</b> al pie de página.",
                        en="On every page you can jump straight to the main areas: <b>Alt+1</b> goes to the content, <b>Alt+2</b> to the menu, <b>Alt+3</b> to the search box and <b>Alt+4</b> to the footer.",
                        fr="Sur chaque page, vous pouvez aller directement aux zones principales : <b>Alt+1</b> mène au contenu, <b>Alt+2</b> au menu, <b>Alt+3</b> à la recherche et <b>Alt+4</b> au pied de page.",
                        ht="Sou chak paj, ou ka ale dirèkteman nan pati prensipal yo: <b>Alt+1</b> mennen w nan kontni an, <b>Alt+2</b> nan meni an, <b>Alt+3</b> nan rechèch la epi <b>Alt+4</b> anba paj la.",
                    ),
                    T(
                        pt="A combinação muda conforme o navegador: no Firefox, use <b>Alt+Shift</b> e o número; no Mac, use <b>Ctrl+Option</b> e o número. A tecla Tab percorre links e botões na ordem da página, e o item em foco fica sempre destacado.",
                        es="La combinación cambia según el navegador: en Firefox, use <b>Alt+Shift</b> y el número; en Mac, use <b>Ctrl+Option</b> y el número. La tecla Tab recorre enlaces y botones en el orden de la página, y el elemento enfocado siempre queda resaltado.",
                        en="The key combination depends on your browser: in Firefox, use <b>Alt+Shift</b> plus the number; on a Mac, use <b>Ctrl+Option</b> plus the number. The Tab key moves through links and buttons in page order, and the focused item is always highlighted.",
                        fr="La combinaison dépend du navigateur : dans Firefox, utilisez <b>Alt+Maj</b> et le chiffre ; sur Mac, utilisez <b>Ctrl+Option</b> et le chiffre. La touche Tab parcourt les liens et les boutons dans l’ordre de la page, et l’élément actif est toujours mis en évidence.",
                        ht="Konbinezon an chanje selon navigatè a: nan Firefox, peze <b>Alt+Shift</b> ak nimewo a; sou Mac, peze <b>Ctrl+Option</b> ak nimewo a. Touch Tab la fè w pase sou lyen ak bouton yo nan lòd yo ye sou paj la, epi eleman ki chwazi a toujou parèt an evidans.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Alto contraste",
                        es="Alto contraste",
                        en="High contrast",
                        fr="Contraste élevé",
                        ht="Gwo kontras",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="No topo de cada página há a opção <b>Alto contraste</b>, que reforça a diferença entre o texto e o fundo para facilitar a leitura. Para voltar às cores normais, use a mesma opção.",
                        es="En la parte superior de cada página está la opción <b>Alto contraste</b>, que refuerza la diferencia entre el texto y el fondo para facilitar la lectura. Para volver a los colores normales, use la misma opción.",
                        en="At the top of every page there is a <b>High contrast</b> option that strengthens the difference between text and background to make reading easier. Use the same option to go back to the normal colours.",
                        fr="En haut de chaque page se trouve l’option <b>Contraste élevé</b>, qui renforce la différence entre le texte et le fond pour faciliter la lecture. Pour revenir aux couleurs habituelles, utilisez la même option.",
                        ht="Anlè chak paj gen opsyon <b>Gwo kontras</b>, ki fè diferans ant ekriti a ak fon an pi fò, pou lekti a vin pi fasil. Pou w retounen nan koulè nòmal yo, sèvi ak menm opsyon an.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Tamanho do texto",
                        es="Tamaño del texto",
                        en="Text size",
                        fr="Taille du texte",
                        ht="Gwosè ekriti a",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Use o zoom do próprio navegador: <b>Ctrl</b> e <b>+</b> para aumentar, <b>Ctrl</b> e <b>−</b> para diminuir e <b>Ctrl</b> e <b>0</b> para voltar ao tamanho original. No Mac, troque Ctrl por <b>Cmd</b>. No celular, afaste dois dedos na tela. O layout se reorganiza para que o texto continue legível.",
                        es="Use el zoom del propio navegador: <b>Ctrl</b> y <b>+</b> para aumentar, <b>Ctrl</b> y <b>−</b> para reducir y <b>Ctrl</b> y <b>0</b> para volver al tamaño original. En Mac, cambie Ctrl por <b>Cmd</b>. En el teléfono, separe dos dedos sobre la pantalla. El diseño se reorganiza para que el texto siga siendo legible.",
                        en="Use your browser’s own zoom: <b>Ctrl</b> and <b>+</b> to enlarge, <b>Ctrl</b> and <b>−</b> to reduce and <b>Ctrl</b> and <b>0</b> to return to the original size. On a Mac, use <b>Cmd</b> instead of Ctrl. On a phone, spread two fingers on the screen. The layout rearranges itself so the text stays readable.",
                        fr="Utilisez le zoom de votre navigateur : <b>Ctrl</b> et <b>+</b> pour agrandir, <b>Ctrl</b> et <b>−</b> pour réduire et <b>Ctrl</b> et <b>0</b> pour revenir à la taille d’origine. Sur Mac, remplacez Ctrl par <b>Cmd</b>. Sur un téléphone, écartez deux doigts sur l’écran. La mise en page se réorganise pour que le texte reste lisible.",
                        ht="Sèvi ak zoum navigatè w la: <b>Ctrl</b> ak <b>+</b> pou grandi, <b>Ctrl</b> ak <b>−</b> pou rapetise epi <b>Ctrl</b> ak <b>0</b> pou retounen nan gwosè orijinal la. Sou Mac, mete <b>Cmd</b> olye de Ctrl. Sou telefòn, louvri de dwèt sou ekran an. Paj la ap reyòganize l pou tèks la rete fasil pou w li.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Funciona em qualquer aparelho",
                        es="Funciona en cualquier dispositivo",
                        en="Works on any device",
                        fr="Fonctionne sur tous les appareils",
                        ht="Li mache sou nenpòt aparèy",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Todo o conteúdo e a navegação funcionam mesmo com o JavaScript desativado. As páginas se ajustam a telas pequenas, as perguntas e respostas abrem e fecham sem depender de scripts, e as imagens informativas têm descrição em texto para leitores de tela.",
                        es="Todo el contenido y la navegación funcionan incluso con JavaScript desactivado. Las páginas se ajustan a pantallas pequeñas, las preguntas y respuestas se abren y cierran sin depender de scripts, y las imágenes informativas tienen una descripción en texto para los lectores de pantalla.",
                        en="All content and navigation work even with JavaScript turned off. Pages adapt to small screens, questions and answers open and close without scripts, and informative images have text descriptions for screen readers.",
                        fr="Tout le contenu et la navigation fonctionnent même lorsque JavaScript est désactivé. Les pages s’adaptent aux petits écrans, les questions-réponses s’ouvrent et se ferment sans script, et les images informatives ont une description textuelle pour les lecteurs d’écran.",
                        ht="Tout kontni an ak navigasyon an mache menm lè JavaScript dezaktive. Paj yo adapte yo ak ti ekran, kesyon ak repons yo louvri epi fèmen san yo pa bezwen script, epi imaj ki bay enfòmasyon yo gen yon deskripsyon an tèks pou lektè ekran yo.",
                    ),
                ],
            ),
            (
                "callout",
                {
                    "tone": "info",
                    "title": T(
                        pt="Encontrou uma barreira? Avise a gente",
                        es="¿Encontró una barrera? Avísenos",
                        en="Found a barrier? Let us know",
                        fr="Vous avez rencontré un obstacle ? Dites-le-nous",
                        ht="Ou jwenn yon obstak? Fè nou konnen",
                    ),
                    "text": [
                        T(
                            pt="Relate problemas de acessibilidade à Ouvidoria do Ministério da Justiça e Segurança Pública pela plataforma <b>Fala.BR</b>. Informe o endereço da página, o que aconteceu, o aparelho e o navegador usados e, se for o caso, a tecnologia assistiva.",
                            es="Informe los problemas de accesibilidad a la Ouvidoria (defensoría del usuario) del Ministerio de Justicia y Seguridad Pública a través de la plataforma <b>Fala.BR</b>. Indique la dirección de la página, qué ocurrió, el dispositivo y el navegador utilizados y, si corresponde, la tecnología de apoyo.",
                            en="Report accessibility problems to the Ouvidoria (ombudsman’s office) of the Ministry of Justice and Public Security through the <b>Fala.BR</b> platform. Include the page address, what happened, the device and browser you used and, if relevant, your assistive technology.",
                            fr="Signalez les problèmes d’accessibilité à l’Ouvidoria (service de médiation) du ministère de la Justice et de la Sécurité publique via la plateforme <b>Fala.BR</b>. Indiquez l’adresse de la page, ce qui s’est passé, l’appareil et le navigateur utilisés et, le cas échéant, la technologie d’assistance.",
                            ht="Siyale pwoblèm aksesibilite bay Ouvidoria (biwo medyatè) Ministè Lajistis ak Sekirite Piblik la atravè platfòm <b>Fala.BR</b>. Bay adrès paj la, sa k te pase, aparèy ak navigatè ou te sèvi ak yo, epi si sa nesesè, teknoloji asistans ou itilize a.",
                        ),
                    ],
                },
            ),
        ],
    },
    {
        "slug": "navegue-com-seguranca",
        "title": T(
            pt="Navegue com segurança",
            es="Navegue con seguridad",
            en="Browse safely",
            fr="Naviguez en sécurité",
            ht="Navige san danje",
        ),
        "intro": T(
            pt="Como sair deste portal num instante, apagar os rastros da sua visita e proteger sua privacidade em aparelhos compartilhados ou vigiados.",
            es="Cómo salir de este portal en un instante, borrar los rastros de su visita y proteger su privacidad en dispositivos compartidos o vigilados.",
            en="How to leave this portal in an instant, clear the traces of your visit and protect your privacy on shared or monitored devices.",
            fr="Comment quitter ce portail en un instant, effacer les traces de votre visite et protéger votre vie privée sur un appareil partagé ou surveillé.",
            ht="Kijan pou w kite sit sa a nan yon segonn, efase tras vizit ou epi pwoteje vi prive w sou yon aparèy ou pataje oswa yon moun ap siveye.",
        ),
        "show_in_menus": False,
        "body": [
            (
                "callout",
                {
                    "tone": "emergency",
                    "title": T(
                        pt="Se você está em perigo, ligue 190",
                        es="Si está en peligro, llame al 190",
                        en="If you are in danger, call 190",
                        fr="Si vous êtes en danger, appelez le 190",
                        ht="Si w an danje, rele 190",
                    ),
                    "text": [
                        T(
                            pt="Nenhuma dica de navegação substitui a ajuda imediata. Se alguém ameaça você ou controla seus passos, ligue 190 assim que puder fazer isso com segurança.",
                            es="Ningún consejo de navegación reemplaza la ayuda inmediata. Si alguien le amenaza o controla sus movimientos, llame al 190 en cuanto pueda hacerlo con seguridad.",
                            en="No browsing tip replaces immediate help. If someone is threatening you or controlling where you go, call 190 as soon as you can do so safely.",
                            fr="Aucun conseil de navigation ne remplace une aide immédiate. Si quelqu’un vous menace ou contrôle vos déplacements, appelez le 190 dès que vous pouvez le faire en sécurité.",
                            ht="Okenn konsèy sou navigasyon pa ka ranplase èd touswit. Si yon moun ap menase w oswa ap kontwole kote w ale, rele 190 depi w ka fè l san danje.",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O botão “Sair rápido”",
                        es="El botón “Salida rápida”",
                        en="The “Quick exit” button",
                        fr="Le bouton « Sortie rapide »",
                        ht="Bouton “Soti vit” la",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Todas as páginas têm o botão <b>Sair rápido</b>. Ao tocar nele, ou ao apertar a tecla <b>Esc</b> duas vezes seguidas, esta página é trocada na hora por um site neutro. Use-o se alguém se aproximar enquanto você lê.",
                        es="Todas las páginas tienen el botón <b>Salida rápida</b>. Al tocarlo, o al presionar la tecla <b>Esc</b> dos veces seguidas, esta página se reemplaza al instante por un sitio neutro. Úselo si alguien se acerca mientras usted lee.",
                        en="Every page has a <b>Quick exit</b> button. If you tap it, or press the <b>Esc</b> key twice in a row, this page is instantly replaced by a neutral website. Use it if someone comes near while you are reading.",
                        fr="Chaque page comporte un bouton <b>Sortie rapide</b>. Si vous appuyez dessus, ou si vous appuyez deux fois de suite sur la touche <b>Échap</b>, cette page est aussitôt remplacée par un site neutre. Utilisez-le si quelqu’un s’approche pendant votre lecture.",
                        ht="Chak paj gen bouton <b>Soti vit</b>. Si w peze l, oswa si w peze touch <b>Esc</b> la de fwa youn dèyè lòt, paj sa a ranplase touswit pa yon sit ki pa gen anyen pou wè ak sijè a. Sèvi avè l si yon moun pwoche pandan w ap li.",
                    ),
                    T(
                        pt="O botão esconde a página, mas não apaga o histórico do navegador. Para não deixar rastros, siga também as orientações abaixo.",
                        es="El botón oculta la página, pero no borra el historial del navegador. Para no dejar rastros, siga también las orientaciones de abajo.",
                        en="The button hides the page but does not clear your browser history. To leave no trace, also follow the steps below.",
                        fr="Le bouton masque la page, mais n’efface pas l’historique du navigateur. Pour ne laisser aucune trace, suivez aussi les conseils ci-dessous.",
                        ht="Bouton an kache paj la, men li pa efase istorik navigatè a. Pou w pa kite tras, swiv konsèy ki anba yo tou.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Como apagar o histórico",
                        es="Cómo borrar el historial",
                        en="How to clear your history",
                        fr="Comment effacer l’historique",
                        ht="Kijan pou efase istorik la",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="No computador, a maioria dos navegadores abre a tela de limpeza com <b>Ctrl+Shift+Delete</b> (no Mac, <b>Cmd+Shift+Delete</b>). No celular, abra o menu do navegador, entre em Histórico e escolha a opção de apagar os dados de navegação.",
                        es="En la computadora, la mayoría de los navegadores abre la pantalla de limpieza con <b>Ctrl+Shift+Supr</b> (en Mac, <b>Cmd+Shift+Delete</b>). En el teléfono, abra el menú del navegador, entre en Historial y elija la opción de borrar los datos de navegación.",
                        en="On a computer, most browsers open the clearing screen with <b>Ctrl+Shift+Delete</b> (on a Mac, <b>Cmd+Shift+Delete</b>). On a phone, open the browser menu, go to History and choose the option to clear browsing data.",
                        fr="Sur un ordinateur, la plupart des navigateurs ouvrent l’écran d’effacement avec <b>Ctrl+Maj+Suppr</b> (sur Mac, <b>Cmd+Maj+Supprimer</b>). Sur un téléphone, ouvrez le menu du navigateur, allez dans Historique et choisissez l’option pour effacer les données de navigation.",
                        ht="Sou òdinatè, pifò navigatè louvri paj pou netwaye a ak <b>Ctrl+Shift+Delete</b> (sou Mac, <b>Cmd+Shift+Delete</b>). Sou telefòn, louvri meni navigatè a, ale nan Istorik epi chwazi opsyon pou efase done navigasyon yo.",
                    ),
                    T(
                        pt="Atenção: um histórico completamente vazio de repente pode chamar a atenção de quem controla o aparelho. Se for mais seguro, apague só as páginas deste portal.",
                        es="Atención: un historial completamente vacío de repente puede llamar la atención de quien controla el dispositivo. Si es más seguro, borre solo las páginas de este portal.",
                        en="Be aware: a history that is suddenly completely empty may catch the attention of whoever controls the device. If it is safer, delete only the pages from this portal.",
                        fr="Attention : un historique soudainement vide peut attirer l’attention de la personne qui contrôle l’appareil. Si c’est plus sûr, effacez seulement les pages de ce portail.",
                        ht="Atansyon: yon istorik ki vin vid nèt sanzatann ka fè moun k ap kontwole aparèy la remake. Si sa pi an sekirite, efase sèlman paj ki soti nan sit sa a.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Navegação privada",
                        es="Navegación privada",
                        en="Private browsing",
                        fr="Navigation privée",
                        ht="Navigasyon prive",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Uma janela anônima ou privada não guarda histórico nem cookies depois de fechada. Abra com <b>Ctrl+Shift+N</b> no Chrome e no Edge, <b>Ctrl+Shift+P</b> no Firefox ou <b>Cmd+Shift+N</b> no Safari. Ela não esconde sua navegação da rede do trabalho, da escola ou da operadora de internet.",
                        es="Una ventana de incógnito o privada no guarda historial ni cookies después de cerrarse. Ábrala con <b>Ctrl+Shift+N</b> en Chrome y Edge, <b>Ctrl+Shift+P</b> en Firefox o <b>Cmd+Shift+N</b> en Safari. No oculta su navegación a la red del trabajo, de la escuela ni al proveedor de internet.",
                        en="An incognito or private window keeps no history or cookies once it is closed. Open one with <b>Ctrl+Shift+N</b> in Chrome and Edge, <b>Ctrl+Shift+P</b> in Firefox or <b>Cmd+Shift+N</b> in Safari. It does not hide your browsing from a work or school network, or from your internet provider.",
                        fr="Une fenêtre de navigation privée ne conserve ni historique ni cookies une fois fermée. Ouvrez-la avec <b>Ctrl+Maj+N</b> dans Chrome et Edge, <b>Ctrl+Maj+P</b> dans Firefox ou <b>Cmd+Maj+N</b> dans Safari. Elle ne cache pas votre navigation au réseau de votre travail ou de votre école, ni à votre fournisseur d’accès.",
                        ht="Yon fenèt prive (enkoyito) pa kenbe istorik ni cookie apre w fèmen l. Louvri youn ak <b>Ctrl+Shift+N</b> nan Chrome ak Edge, <b>Ctrl+Shift+P</b> nan Firefox oswa <b>Cmd+Shift+N</b> nan Safari. Li pa kache navigasyon w pou rezo travay la, rezo lekòl la oswa konpayi ki ba w entènèt la.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Celulares e computadores compartilhados",
                        es="Teléfonos y computadoras compartidos",
                        en="Shared phones and computers",
                        fr="Téléphones et ordinateurs partagés",
                        ht="Telefòn ak òdinatè ou pataje ak lòt moun",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Se outra pessoa usa ou confere o seu celular, lembre que ligações para o 100, o 180 ou o 190 ficam no registro de chamadas e que o teclado pode sugerir palavras que você digitou. Quando possível, use o telefone de alguém de confiança ou de um serviço público, e apague a chamada do registro quando for seguro.",
                        es="Si otra persona usa o revisa su teléfono, recuerde que las llamadas al 100, al 180 o al 190 quedan en el registro de llamadas y que el teclado puede sugerir palabras que usted escribió. Cuando sea posible, use el teléfono de alguien de confianza o de un servicio público, y borre la llamada del registro cuando sea seguro.",
                        en="If someone else uses or checks your phone, remember that calls to 100, 180 or 190 show up in the call log and that the keyboard may suggest words you have typed. When possible, use the phone of someone you trust or of a public service, and delete the call from the log when it is safe to do so.",
                        fr="Si quelqu’un d’autre utilise ou vérifie votre téléphone, rappelez-vous que les appels au 100, au 180 ou au 190 apparaissent dans le journal d’appels et que le clavier peut suggérer des mots que vous avez tapés. Si possible, utilisez le téléphone d’une personne de confiance ou d’un service public, et effacez l’appel du journal quand vous pouvez le faire sans risque.",
                        ht="Si yon lòt moun sèvi ak telefòn ou oswa tcheke l, sonje apèl ou fè nan 100, 180 oswa 190 ap parèt nan lis apèl yo, epi klavye a ka pwopoze mo ou te tape. Lè sa posib, sèvi ak telefòn yon moun ou fè konfyans oswa telefòn yon sèvis piblik, epi efase apèl la nan lis la lè w ka fè l san danje.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O que este portal registra da sua visita",
                        es="Qué registra este portal de su visita",
                        en="What this portal records about your visit",
                        fr="Ce que ce portail enregistre de votre visite",
                        ht="Sa sit sa a anrejistre sou vizit ou",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Este portal não usa ferramentas de rastreamento nem de estatísticas e não grava cookies no seu aparelho, com exceção dos cookies de sessão e de segurança necessários quando você usa um formulário. Nenhuma outra empresa fica sabendo que você esteve aqui.",
                        es="Este portal no usa herramientas de rastreo ni de estadísticas y no guarda cookies en su dispositivo, salvo las cookies de sesión y de seguridad necesarias cuando usted usa un formulario. Ninguna otra empresa se entera de que usted estuvo aquí.",
                        en="This portal uses no tracking or analytics tools and stores no cookies on your device, except the session and security cookies needed when you use a form. No other company learns that you were here.",
                        fr="Ce portail n’utilise aucun outil de suivi ni de statistiques et n’enregistre aucun cookie sur votre appareil, à l’exception des cookies de session et de sécurité nécessaires lorsque vous utilisez un formulaire. Aucune autre entreprise ne sait que vous êtes venu ici.",
                        ht="Sit sa a pa sèvi ak okenn zouti pou swiv moun ni pou fè estatistik, epi li pa mete cookie sou aparèy ou, eksepte cookie sesyon ak sekirite ki nesesè lè w ranpli yon fòmilè. Pa gen okenn lòt konpayi ki konnen ou te pase isit la.",
                    ),
                ],
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        pt="Quer saber mais sobre seus dados?",
                        es="¿Quiere saber más sobre sus datos?",
                        en="Want to know more about your data?",
                        fr="Vous voulez en savoir plus sur vos données ?",
                        ht="Ou vle konnen plis sou done w yo?",
                    ),
                    "text": T(
                        pt="O aviso de privacidade explica quais cookies existem, o que acontece com as buscas e quais são seus direitos.",
                        es="El aviso de privacidad explica qué cookies existen, qué ocurre con las búsquedas y cuáles son sus derechos.",
                        en="The privacy notice explains which cookies exist, what happens to searches and what your rights are.",
                        fr="L’avis de confidentialité explique quels cookies existent, ce que deviennent les recherches et quels sont vos droits.",
                        ht="Avi sou vi prive a esplike ki cookie ki genyen, sa k rive ak rechèch yo ak ki dwa ou genyen.",
                    ),
                    "button_label": T(
                        pt="Ler o aviso de privacidade",
                        es="Leer el aviso de privacidad",
                        en="Read the privacy notice",
                        fr="Lire l’avis de confidentialité",
                        ht="Li avi sou vi prive a",
                    ),
                    "page": "privacidade",
                },
            ),
        ],
    },
    {
        "slug": "privacidade",
        "title": T(
            pt="Aviso de privacidade",
            es="Aviso de privacidad",
            en="Privacy notice",
            fr="Avis de confidentialité",
            ht="Avi sou vi prive",
        ),
        "intro": T(
            pt="O que este portal faz e deixa de fazer com os dados de quem o visita, e como exercer seus direitos previstos na Lei Geral de Proteção de Dados.",
            es="Qué hace y qué no hace este portal con los datos de quienes lo visitan, y cómo ejercer los derechos previstos en la Ley General de Protección de Datos de Brasil.",
            en="What this portal does and does not do with visitors’ data, and how to exercise your rights under Brazil’s General Data Protection Law (LGPD).",
            fr="Ce que ce portail fait et ne fait pas des données de ses visiteurs, et comment exercer les droits prévus par la loi générale brésilienne sur la protection des données (LGPD).",
            ht="Sa sit sa a fè ak sa li pa fè ak done moun ki vizite l yo, ak kijan pou w itilize dwa Lwa Jeneral sou Pwoteksyon Done Brezil la (LGPD) ba ou.",
        ),
        "show_in_menus": False,
        "body": [
            (
                "callout",
                {
                    "tone": "info",
                    "title": T(
                        pt="Em poucas palavras",
                        es="En pocas palabras",
                        en="In short",
                        fr="En bref",
                        ht="An kout",
                    ),
                    "text": [
                        T(
                            pt="Não rastreamos você, não usamos ferramentas de estatística, não carregamos nada de outros sites e não guardamos o que você pesquisa. Cookies só aparecem quando você usa um formulário, e servem apenas para a sessão e a segurança.",
                            es="No le rastreamos, no usamos herramientas de estadística, no cargamos nada de otros sitios y no guardamos lo que usted busca. Las cookies solo aparecen cuando usa un formulario y sirven únicamente para la sesión y la seguridad.",
                            en="We do not track you, we use no analytics tools, we load nothing from other websites and we do not keep what you search for. Cookies only appear when you use a form, and they are used only for the session and for security.",
                            fr="Nous ne vous suivons pas, nous n’utilisons aucun outil de statistiques, nous ne chargeons rien depuis d’autres sites et nous ne conservons pas vos recherches. Des cookies n’apparaissent que lorsque vous utilisez un formulaire, et ils servent uniquement à la session et à la sécurité.",
                            ht="Nou pa swiv ou, nou pa sèvi ak zouti estatistik, nou pa chaje anyen ki soti nan lòt sit epi nou pa kenbe sa w chèche. Cookie parèt sèlman lè w sèvi ak yon fòmilè, epi yo sèvi sèlman pou sesyon an ak pou sekirite.",
                        ),
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="O que não fazemos",
                        es="Lo que no hacemos",
                        en="What we do not do",
                        fr="Ce que nous ne faisons pas",
                        ht="Sa nou pa fè",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="O portal não usa ferramentas de análise de audiência, pixels de redes sociais, publicidade nem qualquer outro mecanismo de rastreamento. Fontes, imagens, estilos e scripts são servidos pelo próprio portal, sem requisições a servidores de terceiros. Assim, nenhuma empresa externa recebe informação sobre as páginas que você visita aqui.",
                        es="El portal no usa herramientas de análisis de audiencia, píxeles de redes sociales, publicidad ni ningún otro mecanismo de rastreo. Las fuentes, imágenes, estilos y scripts se sirven desde el propio portal, sin solicitudes a servidores de terceros. Así, ninguna empresa externa recibe información sobre las páginas que usted visita aquí.",
                        en="The portal uses no audience analytics, social media pixels, advertising or any other tracking mechanism. Fonts, images, styles and scripts are served by the portal itself, with no requests to third-party servers. So no outside company receives information about the pages you visit here.",
                        fr="Le portail n’utilise ni outil de mesure d’audience, ni pixel de réseau social, ni publicité, ni aucun autre mécanisme de suivi. Les polices, images, styles et scripts sont fournis par le portail lui-même, sans requête vers des serveurs tiers. Aucune entreprise extérieure ne reçoit donc d’information sur les pages que vous consultez ici.",
                        ht="Sit la pa sèvi ak zouti pou mezire odyans, piksèl rezo sosyal, piblisite ni okenn lòt mwayen pou swiv moun. Karaktè ekriti (font), imaj, estil ak script yo soti sou sit la limenm, san li pa mande anyen nan sèvè lòt konpayi. Konsa, pa gen okenn konpayi deyò ki resevwa enfòmasyon sou paj ou vizite isit la.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Cookies de sessão e de segurança",
                        es="Cookies de sesión y de seguridad",
                        en="Session and security cookies",
                        fr="Cookies de session et de sécurité",
                        ht="Cookie sesyon ak sekirite",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Só quando você usa um formulário o portal grava dois tipos de cookie: um de sessão, que mantém o envio funcionando, e um de segurança (CSRF), que impede que outro site envie dados em seu nome. Eles não servem para identificar você nem para acompanhar sua navegação, e por isso não pedimos consentimento para cookies opcionais: simplesmente não existem.",
                        es="Solo cuando usted usa un formulario el portal guarda dos tipos de cookie: una de sesión, que mantiene el envío funcionando, y una de seguridad (CSRF), que impide que otro sitio envíe datos en su nombre. No sirven para identificarle ni para seguir su navegación, y por eso no pedimos consentimiento para cookies opcionales: sencillamente no existen.",
                        en="Only when you use a form does the portal store two kinds of cookie: a session cookie that keeps the submission working, and a security cookie (CSRF) that stops another website from sending data in your name. They are not used to identify you or follow your browsing, which is why we do not ask for consent to optional cookies: there are none.",
                        fr="Ce n’est que lorsque vous utilisez un formulaire que le portail enregistre deux types de cookies : un cookie de session, qui permet l’envoi, et un cookie de sécurité (CSRF), qui empêche un autre site d’envoyer des données en votre nom. Ils ne servent ni à vous identifier ni à suivre votre navigation ; c’est pourquoi nous ne demandons pas de consentement pour des cookies facultatifs : il n’y en a tout simplement pas.",
                        ht="Se sèlman lè w sèvi ak yon fòmilè sit la mete de kalite cookie: youn pou sesyon an, ki fè fòmilè a ka voye, ak youn pou sekirite (CSRF), ki anpeche yon lòt sit voye done nan non w. Yo pa sèvi pou idantifye w ni pou swiv navigasyon w, se pou sa nou pa mande w pèmisyon pou cookie opsyonèl: tou senpleman, pa genyen.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Buscas no portal",
                        es="Búsquedas en el portal",
                        en="Searching the portal",
                        fr="Recherches sur le portail",
                        ht="Rechèch sou sit la",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Os termos digitados na busca são usados apenas para mostrar os resultados naquele momento. Eles não são armazenados nem associados a você.",
                        es="Los términos escritos en la búsqueda se usan solo para mostrar los resultados en ese momento. No se almacenan ni se asocian a usted.",
                        en="The words you type into the search box are used only to show results at that moment. They are not stored or linked to you.",
                        fr="Les termes saisis dans la recherche servent uniquement à afficher les résultats sur le moment. Ils ne sont ni conservés ni associés à votre personne.",
                        ht="Mo ou tape nan rechèch la sèvi sèlman pou montre rezilta yo nan moman an. Yo pa sere yo ni yo pa mete yo sou non w.",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Seus direitos pela LGPD",
                        es="Sus derechos según la LGPD",
                        en="Your rights under the LGPD",
                        fr="Vos droits selon la LGPD",
                        ht="Dwa ou dapre LGPD",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="A Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018) garante a você o direito de confirmar se algum dado seu é tratado, acessar esses dados, corrigi-los, pedir anonimização, bloqueio ou eliminação do que for desnecessário, pedir a portabilidade, saber com quem eles foram compartilhados e revogar um consentimento dado. Você também pode apresentar reclamação à Autoridade Nacional de Proteção de Dados (ANPD).",
                        es="La Ley General de Protección de Datos Personales (Ley nº 13.709/2018) le garantiza el derecho a confirmar si se trata algún dato suyo, acceder a esos datos, corregirlos, pedir la anonimización, el bloqueo o la eliminación de lo que sea innecesario, solicitar la portabilidad, saber con quién se compartieron y revocar un consentimiento otorgado. También puede presentar una reclamación ante la Autoridad Nacional de Protección de Datos (ANPD).",
                        en="The General Personal Data Protection Law (Law 13.709/2018) gives you the right to confirm whether any of your data is processed, to access and correct it, to ask for unnecessary data to be anonymised, blocked or deleted, to request portability, to know who it was shared with and to withdraw consent you have given. You can also complain to the National Data Protection Authority (ANPD).",
                        fr="La loi générale sur la protection des données personnelles (loi nº 13.709/2018) vous donne le droit de savoir si des données vous concernant sont traitées, d’y accéder, de les corriger, de demander l’anonymisation, le blocage ou la suppression des données inutiles, de demander leur portabilité, de savoir avec qui elles ont été partagées et de retirer un consentement donné. Vous pouvez aussi déposer une réclamation auprès de l’Autorité nationale de protection des données (ANPD).",
                        ht="Lwa Jeneral sou Pwoteksyon Done Pèsonèl (Lwa nº 13.709/2018) ba ou dwa pou konnen si y ap trete done ou, pou w wè yo, pou w korije yo, pou w mande pou yo fè done ki pa nesesè yo vin anonim, bloke yo oswa efase yo, pou w mande pou yo transfere yo, pou w konnen ak kiyès yo pataje yo epi pou w retire yon otorizasyon ou te bay. Ou ka pote plent tou bay Otorite Nasyonal pou Pwoteksyon Done (ANPD).",
                    ),
                ],
            ),
            (
                "heading",
                {
                    "text": T(
                        pt="Como falar conosco sobre privacidade",
                        es="Cómo contactarnos sobre privacidad",
                        en="How to contact us about privacy",
                        fr="Comment nous contacter au sujet de la confidentialité",
                        ht="Kijan pou w kontakte nou sou vi prive",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                [
                    T(
                        pt="Pedidos e dúvidas sobre dados pessoais devem ser registrados na plataforma <b>Fala.BR</b>, direcionados ao Ministério da Justiça e Segurança Pública. A resposta é enviada pela própria plataforma.",
                        es="Las solicitudes y dudas sobre datos personales deben registrarse en la plataforma <b>Fala.BR</b>, dirigidas al Ministerio de Justicia y Seguridad Pública. La respuesta se envía por la misma plataforma.",
                        en="Requests and questions about personal data should be filed on the <b>Fala.BR</b> platform, addressed to the Ministry of Justice and Public Security. The reply is sent through the same platform.",
                        fr="Les demandes et questions sur les données personnelles doivent être déposées sur la plateforme <b>Fala.BR</b>, à l’attention du ministère de la Justice et de la Sécurité publique. La réponse est envoyée par la même plateforme.",
                        ht="Demann ak kesyon sou done pèsonèl dwe anrejistre sou platfòm <b>Fala.BR</b>, pou Ministè Lajistis ak Sekirite Piblik la. Repons lan ap vin sou menm platfòm nan.",
                    ),
                ],
            ),
            (
                "questions",
                {
                    "title": T(
                        pt="Dúvidas sobre privacidade",
                        es="Dudas sobre privacidad",
                        en="Privacy questions",
                        fr="Questions sur la confidentialité",
                        ht="Kesyon sou vi prive",
                    ),
                    "items": [
                        {
                            "question": T(
                                pt="Preciso aceitar cookies para usar o portal?",
                                es="¿Tengo que aceptar cookies para usar el portal?",
                                en="Do I have to accept cookies to use the portal?",
                                fr="Dois-je accepter des cookies pour utiliser le portail ?",
                                ht="Èske m oblije aksepte cookie pou m sèvi ak sit la?",
                            ),
                            "answer": [
                                T(
                                    pt="Não. Você pode ler todas as páginas sem que nenhum cookie seja gravado. Eles só entram em cena se você enviar um formulário.",
                                    es="No. Puede leer todas las páginas sin que se guarde ninguna cookie. Solo entran en juego si usted envía un formulario.",
                                    en="No. You can read every page without any cookie being stored. They only come into play if you submit a form.",
                                    fr="Non. Vous pouvez lire toutes les pages sans qu’aucun cookie ne soit enregistré. Ils n’interviennent que si vous envoyez un formulaire.",
                                    ht="Non. Ou ka li tout paj yo san sit la pa anrejistre okenn cookie. Yo antre an jwèt sèlman si w voye yon fòmilè.",
                                ),
                            ],
                        },
                        {
                            "question": T(
                                pt="O portal sabe quem eu sou?",
                                es="¿El portal sabe quién soy?",
                                en="Does the portal know who I am?",
                                fr="Le portail sait-il qui je suis ?",
                                ht="Èske sit la konnen kiyès mwen ye?",
                            ),
                            "answer": [
                                T(
                                    pt="Não. Para ler o conteúdo, você não precisa criar conta, fazer login nem informar qualquer dado pessoal.",
                                    es="No. Para leer el contenido no necesita crear una cuenta, iniciar sesión ni dar ningún dato personal.",
                                    en="No. To read the content you do not need to create an account, log in or give any personal information.",
                                    fr="Non. Pour lire le contenu, vous n’avez besoin ni de créer un compte, ni de vous connecter, ni de fournir la moindre donnée personnelle.",
                                    ht="Non. Pou w li kontni an, ou pa bezwen kreye kont, konekte ni bay okenn enfòmasyon pèsonèl.",
                                ),
                            ],
                        },
                    ],
                },
            ),
        ],
    },
]

SITE_SETTINGS = {
    "emergency_numbers": [
        {
            "number": "100",
            "label": T(
                pt="Disque 100",
                es="Disque 100",
                en="Disque 100",
                fr="Disque 100",
                ht="Disque 100",
            ),
            "description": T(
                pt="Denúncias de tráfico de pessoas e violações de direitos humanos, 24 horas",
                es="Denuncias de trata de personas y violaciones de derechos humanos, las 24 horas",
                en="Reports of human trafficking and human rights violations, 24 hours a day",
                fr="Signalements de traite des personnes et de violations des droits humains, 24 h sur 24",
                ht="Denonsyasyon trafik moun ak vyolasyon dwa moun, 24 èdtan sou 24",
            ),
        },
        {
            "number": "180",
            "label": T(
                pt="Ligue 180",
                es="Ligue 180",
                en="Ligue 180",
                fr="Ligue 180",
                ht="Ligue 180",
            ),
            "description": T(
                pt="Atendimento a mulheres em situação de violência, 24 horas",
                es="Atención a mujeres en situación de violencia, las 24 horas",
                en="Help for women facing violence, 24 hours a day",
                fr="Aide aux femmes victimes de violence, 24 h sur 24",
                ht="Èd pou fanm k ap viv vyolans, 24 èdtan sou 24",
            ),
        },
        {
            "number": "190",
            "label": T(
                pt="Polícia",
                es="Policía",
                en="Police",
                fr="Police",
                ht="Lapolis",
            ),
            "description": T(
                pt="Emergências e perigo imediato",
                es="Emergencias y peligro inmediato",
                en="Emergencies and immediate danger",
                fr="Urgences et danger immédiat",
                ht="Ijans ak danje imedya",
            ),
        },
    ],
    "footer_links": [
        {
            "label": T(
                pt="Recursos de acessibilidade",
                es="Recursos de accesibilidad",
                en="Accessibility features",
                fr="Fonctions d’accessibilité",
                ht="Resous aksesibilite",
            ),
            "page": "acessibilidade",
        },
        {
            "label": T(
                pt="Navegação segura e saída rápida",
                es="Navegación segura y salida rápida",
                en="Safe browsing and quick exit",
                fr="Navigation sûre et sortie rapide",
                ht="Navigasyon san danje ak soti vit",
            ),
            "page": "navegue-com-seguranca",
        },
        {
            "label": T(
                pt="Privacidade",
                es="Privacidad",
                en="Privacy",
                fr="Confidentialité",
                ht="Vi prive",
            ),
            "page": "privacidade",
        },
        {
            "label": T(
                pt="Sobre a coordenação",
                es="Acerca de la coordinación",
                en="About the coordination",
                fr="À propos de la coordination",
                ht="Konsènan kowòdinasyon an",
            ),
            "page": "sobre",
        },
    ],
    "social_accounts": [
        {"platform": "instagram", "url": "https://www.instagram.com/mjspgov/"},
    ],
}
