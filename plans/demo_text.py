# ruff: noqa: E501, RUF001
"""Texts of the demo plans, in the portal's five languages, written in our own words
from the facts in the source documents (codes, counts, decrees, periods, partners).

Activity tuples are (code, pt, es, en, fr, ht).
"""

from website.demo.text import T


def t(row):
    return T(pt=row[0], es=row[1], en=row[2], fr=row[3], ht=row[4])


# --- Organisations (partners of activities; the channels directory shares them) -----
ORGANISATIONS = [
    ("MJSP", "federal", "https://www.gov.br/mj/", T(
        pt="Ministério da Justiça e Segurança Pública", es="Ministerio de Justicia y Seguridad Pública",
        en="Ministry of Justice and Public Security", fr="Ministère de la Justice et de la Sécurité publique",
        ht="Ministè Lajistis ak Sekirite Piblik")),
    ("MPF", "justice", "https://www.mpf.mp.br/", T(
        pt="Ministério Público Federal", es="Ministerio Público Federal", en="Federal Public Prosecution Service",
        fr="Ministère public fédéral", ht="Minis Piblik Federal")),
    ("PF", "police", "https://www.gov.br/pf/", T(
        pt="Polícia Federal", es="Policía Federal", en="Federal Police", fr="Police fédérale", ht="Polis Federal")),
    ("DPU", "justice", "https://www.dpu.def.br/", T(
        pt="Defensoria Pública da União", es="Defensoría Pública de la Unión", en="Federal Public Defender’s Office",
        fr="Défenseur public fédéral", ht="Biwo Defansè Piblik Federal")),
    ("MRE", "federal", "https://www.gov.br/mre/", T(
        pt="Ministério das Relações Exteriores", es="Ministerio de Relaciones Exteriores",
        en="Ministry of Foreign Affairs", fr="Ministère des Relations extérieures", ht="Ministè Afè Etranjè")),
    ("OIM", "international", "https://brazil.iom.int/", T(
        pt="Organização Internacional para as Migrações", es="Organización Internacional para las Migraciones",
        en="International Organization for Migration", fr="Organisation internationale pour les migrations",
        ht="Òganizasyon Entènasyonal pou Migrasyon")),
    ("UNODC", "international", "https://www.unodc.org/", T(
        pt="Escritório das Nações Unidas sobre Drogas e Crime", es="Oficina de las Naciones Unidas contra la Droga y el Delito",
        en="United Nations Office on Drugs and Crime", fr="Office des Nations unies contre la drogue et le crime",
        ht="Biwo Nasyonzini kont Dwòg ak Krim")),
    ("OIs", "international", "", T(
        pt="Agências internacionais", es="Agencias internacionales", en="International agencies",
        fr="Agences internationales", ht="Ajans entènasyonal yo")),
    ("OSCs", "civil_society", "", T(
        pt="Organizações da sociedade civil", es="Organizaciones de la sociedad civil",
        en="Civil-society organisations", fr="Organisations de la société civile", ht="Òganizasyon sosyete sivil yo")),
    ("NETPs", "network", "", T(
        pt="Núcleos estaduais de enfrentamento ao tráfico de pessoas", es="Núcleos estatales contra la trata de personas",
        en="State centres against trafficking in persons", fr="Centres des États contre la traite des personnes",
        ht="Biwo eta yo kont trafik moun")),
    ("PAAHMs", "network", "", T(
        pt="Postos avançados de atendimento humanizado ao migrante", es="Puestos avanzados de atención humanizada al migrante",
        en="Advanced posts for the humane reception of migrants", fr="Postes avancés d’accueil humanisé des migrants",
        ht="Pòs avanse pou resevwa migran yo ak imanite")),
    ("CONATRAP", "network", "", T(
        pt="Comitê Nacional de Enfrentamento ao Tráfico de Pessoas", es="Comité Nacional contra la Trata de Personas",
        en="National Committee against Trafficking in Persons", fr="Comité national contre la traite des personnes",
        ht="Komite Nasyonal kont Trafik Moun")),
]  # fmt: skip

PANEL_LINK_TEXT = T(
    pt="Painel de monitoramento",
    es="Panel de seguimiento",
    en="Monitoring panel",
    fr="Tableau de suivi",
    ht="Tablo swivi",
)

# --- III National Plan (2018-2022) --------------------------------------------------
III_AXES = [
    T(pt="Gestão da Política", es="Gestión de la Política", en="Policy Management",
      fr="Gestion de la politique", ht="Jesyon Politik la"),
    T(pt="Gestão da Informação", es="Gestión de la Información", en="Information Management",
      fr="Gestion de l’information", ht="Jesyon Enfòmasyon"),
    T(pt="Capacitação", es="Capacitación", en="Training", fr="Formation", ht="Fòmasyon"),
    T(pt="Responsabilização", es="Responsabilización", en="Accountability",
      fr="Responsabilisation", ht="Responsabilite"),
    T(pt="Assistência à Vítima", es="Asistencia a la Víctima", en="Victim Assistance",
      fr="Assistance aux victimes", ht="Asistans pou Viktim"),
    T(pt="Prevenção e Conscientização Pública", es="Prevención y Concientización Pública",
      en="Prevention and Public Awareness", fr="Prévention et sensibilisation du public",
      ht="Prevansyon ak Sansibilizasyon Piblik"),
]  # fmt: skip
# 58 goals over the 6 axes, 138 actions over the goals, 120 indicators over the goals.
III_GOALS_PER_AXIS = [10, 9, 10, 9, 10, 10]


def iii_goal(code, axis):
    return T(
        pt=f"Meta {code} do eixo {axis.pt}",
        es=f"Meta {code} del eje {axis.es}",
        en=f"Goal {code} of the {axis.en} pillar",
        fr=f"Objectif {code} de l’axe {axis.fr}",
        ht=f"Objektif {code} nan aks {axis.ht}",
    )


def iii_action(code, goal_code):
    return T(
        pt=f"Ação {code}, que contribui para a meta {goal_code}",
        es=f"Acción {code}, que contribuye a la meta {goal_code}",
        en=f"Action {code}, towards goal {goal_code}",
        fr=f"Action {code}, au service de l’objectif {goal_code}",
        ht=f"Aksyon {code}, pou objektif {goal_code}",
    )


def iii_indicators(goal_code, count):
    lines = {
        "pt": [f"Indicador {n} da meta {goal_code}" for n in range(1, count + 1)],
        "es": [f"Indicador {n} de la meta {goal_code}" for n in range(1, count + 1)],
        "en": [f"Indicator {n} of goal {goal_code}" for n in range(1, count + 1)],
        "fr": [f"Indicateur {n} de l’objectif {goal_code}" for n in range(1, count + 1)],
        "ht": [f"Endikatè {n} objektif {goal_code}" for n in range(1, count + 1)],
    }
    return T(**{key: "\n".join(value) for key, value in lines.items()})


III = {
    "slug": "iii-plano-nacional",
    "short_name": "III PNETP",
    "years": (2018, 2022),
    "title": T(
        pt="III Plano Nacional de Enfrentamento ao Tráfico de Pessoas",
        es="III Plan Nacional de Lucha contra la Trata de Personas",
        en="Third National Plan against Trafficking in Persons",
        fr="IIIe Plan national de lutte contre la traite des personnes",
        ht="Twazyèm Plan Nasyonal pou Konbat Trafik Moun",
    ),
    "intro": T(
        pt="Seis eixos temáticos, 58 metas e 138 ações, com 120 indicadores, para quatro anos de trabalho conjunto da União, dos estados e dos municípios.",
        es="Seis ejes temáticos, 58 metas y 138 acciones, con 120 indicadores, para cuatro años de trabajo conjunto de la Unión, los estados y los municipios.",
        en="Six thematic pillars, 58 goals and 138 actions, with 120 indicators, for four years of joint work by the federal government, states and municipalities.",
        fr="Six axes thématiques, 58 objectifs et 138 actions, avec 120 indicateurs, pour quatre ans de travail commun de l’Union, des États et des municipalités.",
        ht="Sis aks, 58 objektif ak 138 aksyon, ak 120 endikatè, pou kat ane travay ansanm ant gouvènman federal la, eta yo ak minisipalite yo.",
    ),
    "decree": T(
        pt="Decreto nº 9.440, de 3 de julho de 2018",
        es="Decreto nº 9.440, del 3 de julio de 2018",
        en="Decree 9.440 of 3 July 2018",
        fr="Décret nº 9.440 du 3 juillet 2018",
        ht="Dekrè nº 9.440 le 3 jiyè 2018",
    ),
    "objectives": [
        T(
            pt="Ampliar e melhorar a atuação da União, dos estados, do Distrito Federal e dos municípios na prevenção, na repressão, na responsabilização dos autores e na atenção às vítimas.",
            es="Ampliar y mejorar la actuación de la Unión, los estados, el Distrito Federal y los municipios en la prevención, la represión, la responsabilización de los autores y la atención a las víctimas.",
            en="Broaden and improve the work of the federal government, states, Federal District and municipalities in prevention, prosecution, holding offenders to account and caring for victims.",
            fr="Élargir et améliorer l’action de l’Union, des États, du District fédéral et des municipalités en matière de prévention, de répression, de poursuite des auteurs et d’assistance aux victimes.",
            ht="Elaji epi amelyore travay gouvènman federal la, eta yo, Distri Federal la ak minisipalite yo nan prevansyon, represyon, fè otè yo reponn ak swen pou viktim yo.",
        ),
        T(
            pt="Fortalecer a cooperação entre órgãos públicos, sociedade civil e organismos internacionais, no Brasil e no exterior.",
            es="Fortalecer la cooperación entre organismos públicos, sociedad civil y organismos internacionales, en Brasil y en el exterior.",
            en="Strengthen cooperation between public bodies, civil society and international organisations, in Brazil and abroad.",
            fr="Renforcer la coopération entre les organismes publics, la société civile et les organisations internationales, au Brésil et à l’étranger.",
            ht="Ranfòse koperasyon ant enstitisyon piblik yo, sosyete sivil la ak òganizasyon entènasyonal yo, nan Brezil ak aletranje.",
        ),
        T(
            pt="Reduzir as situações de vulnerabilidade ao tráfico, considerando as especificidades de cada grupo social.",
            es="Reducir las situaciones de vulnerabilidad a la trata, teniendo en cuenta las particularidades de cada grupo social.",
            en="Reduce the situations that make people vulnerable to trafficking, taking each social group’s circumstances into account.",
            fr="Réduire les situations de vulnérabilité à la traite, en tenant compte des particularités de chaque groupe social.",
            ht="Diminye sitiyasyon ki fè moun vilnerab devan trafik, selon sa ki espesyal pou chak gwoup sosyal.",
        ),
        T(
            pt="Capacitar profissionais, instituições e organizações que atuam no enfrentamento ao tráfico de pessoas.",
            es="Capacitar a los profesionales, instituciones y organizaciones que trabajan contra la trata de personas.",
            en="Train the professionals, institutions and organisations that work against trafficking in persons.",
            fr="Former les professionnels, institutions et organisations qui luttent contre la traite des personnes.",
            ht="Fòme pwofesyonèl, enstitisyon ak òganizasyon k ap travay kont trafik moun.",
        ),
    ],
    "method": [
        T(
            pt="O Grupo Interministerial de Monitoramento e Avaliação do III Plano, criado pelo Decreto nº 9.796/2019 e presidido pelo Ministério da Justiça e Segurança Pública, reunia-se a cada semestre para acompanhar as ações, propor ajustes de prioridade e publicar relatórios de progresso.",
            es="El Grupo Interministerial de Monitoreo y Evaluación del III Plan, creado por el Decreto nº 9.796/2019 y presidido por el Ministerio de Justicia y Seguridad Pública, se reunía cada semestre para seguir las acciones, proponer ajustes de prioridad y publicar informes de avance.",
            en="The Inter-ministerial Monitoring and Evaluation Group of the Third Plan, created by Decree 9.796/2019 and chaired by the Ministry of Justice and Public Security, met every six months to follow the actions, suggest changes in priority and publish progress reports.",
            fr="Le Groupe interministériel de suivi et d’évaluation du IIIe Plan, créé par le décret nº 9.796/2019 et présidé par le ministère de la Justice et de la Sécurité publique, se réunissait chaque semestre pour suivre les actions, proposer des ajustements de priorité et publier des rapports d’avancement.",
            ht="Gwoup Entèministeryèl pou Swivi ak Evalyasyon twazyèm Plan an, Dekrè nº 9.796/2019 te kreye, ak Ministè Lajistis ak Sekirite Piblik la kòm prezidan, te reyini chak sis mwa pou swiv aksyon yo, pwopoze chanjman nan priyorite yo epi pibliye rapò sou pwogrè yo.",
        ),
    ],
}

# --- IV National Plan: action plan of the NETP and PAAHM network (2025-2028) --------
NETP = {
    "slug": "plano-de-acao-rede-netp-paahm",
    "short_name": "PA NETP/PAAHM",
    "years": (2025, 2028),
    "title": T(
        pt="IV Plano Nacional: plano de ação da Rede de NETPs e PAAHMs",
        es="IV Plan Nacional: plan de acción de la Red de NETP y PAAHM",
        en="Fourth National Plan: action plan of the NETP and PAAHM network",
        fr="IVe Plan national : plan d’action du réseau des NETP et PAAHM",
        ht="Katriyèm Plan Nasyonal: plan aksyon rezo NETP ak PAAHM yo",
    ),
    "intro": T(
        pt="Como o IV Plano Nacional fortalece os núcleos estaduais (NETP) e os postos avançados para migrantes (PAAHM): oito lacunas apontadas pela própria Rede, com atividades e produtos esperados até 2028.",
        es="Cómo el IV Plan Nacional fortalece los núcleos estatales (NETP) y los puestos avanzados para migrantes (PAAHM): ocho brechas señaladas por la propia Red, con actividades y productos esperados hasta 2028.",
        en="How the Fourth National Plan strengthens the state centres (NETP) and advanced posts for migrants (PAAHM): eight gaps named by the network itself, with activities and expected products up to 2028.",
        fr="Comment le IVe Plan national renforce les centres des États (NETP) et les postes avancés pour migrants (PAAHM) : huit lacunes relevées par le réseau lui-même, avec des activités et des produits attendus d’ici 2028.",
        ht="Kijan katriyèm Plan Nasyonal la ranfòse biwo eta yo (NETP) ak pòs avanse pou migran yo (PAAHM): uit mank rezo a li menm te idantifye, ak aktivite ak rezilta yo espere jiska 2028.",
    ),
    "decree": T(
        pt="Decreto nº 12.121, de 30 de julho de 2024 (IV Plano Nacional, 2024–2028), ação prioritária 1.1, atividade 1.1.3",
        es="Decreto nº 12.121, del 30 de julio de 2024 (IV Plan Nacional, 2024–2028), acción prioritaria 1.1, actividad 1.1.3",
        en="Decree 12.121 of 30 July 2024 (Fourth National Plan, 2024–2028), priority action 1.1, activity 1.1.3",
        fr="Décret nº 12.121 du 30 juillet 2024 (IVe Plan national, 2024–2028), action prioritaire 1.1, activité 1.1.3",
        ht="Dekrè nº 12.121 le 30 jiyè 2024 (katriyèm Plan Nasyonal, 2024–2028), aksyon priyoritè 1.1, aktivite 1.1.3",
    ),
    "objectives": [
        T(pt="Ampliar e aperfeiçoar a atuação dos órgãos de enfrentamento ao tráfico de pessoas, com uma estrutura institucional sólida e coordenada.",
          es="Ampliar y perfeccionar la actuación de los organismos contra la trata de personas, con una estructura institucional sólida y coordinada.",
          en="Broaden and improve the work of the bodies fighting trafficking in persons, on a sound and coordinated institutional footing.",
          fr="Élargir et perfectionner l’action des organismes de lutte contre la traite des personnes, sur une base institutionnelle solide et coordonnée.",
          ht="Elaji epi amelyore travay enstitisyon k ap konbat trafik moun yo, sou yon baz enstitisyonèl solid ki byen kowòdone."),
        T(pt="Apoiar a expansão e o fortalecimento da Rede de NETPs e PAAHMs, a partir das necessidades que seus integrantes apontaram.",
          es="Apoyar la expansión y el fortalecimiento de la Red de NETP y PAAHM, a partir de las necesidades señaladas por sus integrantes.",
          en="Support the growth and strengthening of the NETP and PAAHM network, starting from the needs its members identified.",
          fr="Soutenir l’expansion et le renforcement du réseau des NETP et PAAHM, à partir des besoins exprimés par ses membres.",
          ht="Sipòte agrandisman ak ranfòsman rezo NETP ak PAAHM yo, apati bezwen manm yo te idantifye."),
    ],
    "method": [
        T(pt="O plano foi construído pela Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas com os integrantes da Rede, a partir de um levantamento das suas lacunas e necessidades. O seu monitoramento ainda não foi publicado.",
          es="El plan fue elaborado por la Coordinación General contra la Trata de Personas con los integrantes de la Red, a partir de un relevamiento de sus brechas y necesidades. Su seguimiento aún no se ha publicado.",
          en="The plan was built by the General Coordination against Trafficking in Persons with the network’s members, from a survey of their gaps and needs. Its monitoring has not been published yet.",
          fr="Le plan a été élaboré par la Coordination générale de lutte contre la traite des personnes avec les membres du réseau, à partir d’un relevé de leurs lacunes et besoins. Son suivi n’a pas encore été publié.",
          ht="Se Kowòdinasyon Jeneral kont Trafik Moun lan ki te bati plan an ak manm rezo a, apati yon ankèt sou mank ak bezwen yo. Swivi li poko pibliye."),
    ],
    # (code, gap, need, products, activities)
    "gaps": [
        ("1",
         ("Pouca clareza sobre o papel e as competências da Rede", "Poca claridad sobre el papel y las competencias de la Red", "Unclear understanding of the network’s role and remit", "Manque de clarté sur le rôle et les compétences du réseau", "Moun pa byen konprann wòl ak responsablite rezo a"),
         ("Atualizar e divulgar a norma que orienta a atuação da Rede", "Actualizar y difundir la norma que orienta la actuación de la Red", "Update and publicise the rules that guide the network’s work", "Actualiser et diffuser la norme qui encadre l’action du réseau", "Mete ajou epi fè konnen règ ki gide travay rezo a"),
         ("Nova portaria publicada\nDocumento que explica as competências da Rede", "Nueva ordenanza publicada\nDocumento que explica las competencias de la Red", "New ordinance published\nA document explaining the network’s remit", "Nouvel arrêté publié\nDocument expliquant les compétences du réseau", "Nouvo règleman pibliye\nYon dokiman ki esplike responsablite rezo a"),
         [("1.1", "Revisar a Portaria nº 31/2009", "Revisar la Ordenanza nº 31/2009", "Review Ordinance 31/2009", "Réviser l’arrêté nº 31/2009", "Revize Règleman nº 31/2009"),
          ("1.2", "Redigir a minuta de uma nova portaria", "Redactar el borrador de una nueva ordenanza", "Draft a new ordinance", "Rédiger le projet d’un nouvel arrêté", "Ekri bouyon yon nouvo règleman"),
          ("1.3", "Publicar a nova portaria com as diretrizes atualizadas", "Publicar la nueva ordenanza con las directrices actualizadas", "Publish the new ordinance with updated guidelines", "Publier le nouvel arrêté avec les lignes directrices actualisées", "Pibliye nouvo règleman an ak direktiv ki mete ajou")]),
        ("2",
         ("Falta de parâmetros mínimos de estrutura e de equipe", "Falta de parámetros mínimos de estructura y de equipo", "No minimum standards for premises and staff", "Absence de normes minimales de locaux et d’équipe", "Pa gen nòm minimòm pou lokal ak ekip"),
         ("Definir diretrizes nacionais de estrutura física e de equipe multidisciplinar mínima", "Definir directrices nacionales de estructura física y de equipo multidisciplinario mínimo", "Set national guidelines for premises and a minimum multidisciplinary team", "Fixer des lignes directrices nationales pour les locaux et une équipe pluridisciplinaire minimale", "Fikse direktiv nasyonal pou lokal ak yon ekip minimòm ki gen plizyè disiplin"),
         ("Diretriz estabelecida\nReuniões com gestores estaduais realizadas", "Directriz establecida\nReuniones con gestores estatales realizadas", "Guideline in place\nMeetings with state managers held", "Ligne directrice établie\nRéunions avec les responsables des États tenues", "Direktiv etabli\nReyinyon ak responsab eta yo fèt"),
         [("2.1", "Definir os parâmetros mínimos de estrutura física e de equipe técnica", "Definir los parámetros mínimos de estructura física y de equipo técnico", "Define minimum standards for premises and technical staff", "Définir les normes minimales de locaux et d’équipe technique", "Defini nòm minimòm pou lokal ak ekip teknik"),
          ("2.2", "Incluir esses parâmetros na nova norma", "Incluir esos parámetros en la nueva norma", "Write these standards into the new rules", "Inscrire ces normes dans la nouvelle réglementation", "Mete nòm sa yo nan nouvo règleman an"),
          ("2.3", "Reunir gestores estaduais para mostrar a importância desses critérios", "Reunir a gestores estatales para mostrar la importancia de esos criterios", "Meet state managers to explain why these criteria matter", "Réunir les responsables des États pour montrer l’importance de ces critères", "Reyini responsab eta yo pou montre enpòtans kritè sa yo")]),
        ("3",
         ("Conhecimento desigual sobre o tráfico de pessoas entre as equipes", "Conocimiento desigual sobre la trata de personas entre los equipos", "Uneven knowledge of trafficking in persons across teams", "Connaissances inégales sur la traite des personnes selon les équipes", "Ekip yo pa konnen menm bagay sou trafik moun"),
         ("Capacitar as equipes da Rede nos diversos aspectos do enfrentamento", "Capacitar a los equipos de la Red en los diversos aspectos de la lucha contra la trata", "Train the network’s teams in every aspect of the response", "Former les équipes du réseau à tous les aspects de la lutte", "Fòme ekip rezo a sou tout aspè batay la"),
         ("Plano de capacitação estabelecido\nRepositório online com os materiais\nCapacitações realizadas\nCertificados emitidos aos participantes", "Plan de capacitación establecido\nRepositorio en línea con los materiales\nCapacitaciones realizadas\nCertificados emitidos a los participantes", "Training plan in place\nOnline repository of materials\nTraining sessions held\nCertificates issued to participants", "Plan de formation établi\nRéférentiel en ligne des supports\nFormations réalisées\nCertificats délivrés aux participants", "Plan fòmasyon etabli\nYon depo sou entènèt ak materyèl yo\nFòmasyon ki fèt\nSètifika bay patisipan yo"),
         [("3.1", "Levantar os temas prioritários de capacitação", "Relevar los temas prioritarios de capacitación", "List the priority training topics", "Recenser les thèmes de formation prioritaires", "Fè lis sijè fòmasyon ki priyoritè yo"),
          ("3.2", "Identificar especialistas e formadores para cada tema", "Identificar especialistas y formadores para cada tema", "Find experts and trainers for each topic", "Identifier des spécialistes et des formateurs pour chaque thème", "Jwenn espesyalis ak fòmatè pou chak sijè"),
          ("3.3", "Montar o calendário de capacitações", "Armar el calendario de capacitaciones", "Draw up the training calendar", "Établir le calendrier des formations", "Fè kalandriye fòmasyon yo"),
          ("3.4", "Realizar as capacitações", "Realizar las capacitaciones", "Hold the training sessions", "Réaliser les formations", "Fè fòmasyon yo"),
          ("3.5", "Avaliar as capacitações e os formadores", "Evaluar las capacitaciones y a los formadores", "Evaluate the sessions and the trainers", "Évaluer les formations et les formateurs", "Evalye fòmasyon yo ak fòmatè yo"),
          ("3.6", "Publicar um relatório anual das capacitações e do seu impacto", "Publicar un informe anual de las capacitaciones y su impacto", "Publish a yearly report on the training and its impact", "Publier un rapport annuel sur les formations et leur impact", "Pibliye yon rapò chak ane sou fòmasyon yo ak efè yo")]),
        ("4",
         ("Recursos físicos e financeiros insuficientes", "Recursos físicos y financieros insuficientes", "Not enough premises, equipment and funding", "Moyens matériels et financiers insuffisants", "Pa gen ase resous materyèl ak lajan"),
         ("Reforçar os recursos e os mecanismos de financiamento da Rede", "Reforzar los recursos y los mecanismos de financiación de la Red", "Increase the network’s resources and funding channels", "Renforcer les moyens et les mécanismes de financement du réseau", "Ranfòse resous ak mwayen finansman rezo a"),
         ("Edital de chamamento publicado", "Convocatoria publicada", "Call for proposals published", "Appel à projets publié", "Apèl pou pwojè pibliye"),
         [("4.1", "Capacitar as equipes em captação de recursos", "Capacitar a los equipos en captación de recursos", "Train teams in fundraising", "Former les équipes à la recherche de financements", "Fòme ekip yo pou chèche finansman"),
          ("4.2", "Identificar fundos e parceiros para convênios e editais", "Identificar fondos y socios para convenios y convocatorias", "Find funds and partners for agreements and calls for projects", "Identifier des fonds et des partenaires pour des conventions et des appels à projets", "Jwenn fon ak patnè pou akò ak apèl pou pwojè"),
          ("4.3", "Mapear parceiros internacionais para doação de equipamentos", "Mapear socios internacionales para la donación de equipos", "Map international partners who could donate equipment", "Recenser des partenaires internationaux pour des dons d’équipement", "Fè lis patnè entènasyonal ki ka bay ekipman"),
          ("4.4", "Negociar a cessão de espaços para instalar postos avançados", "Gestionar la cesión de espacios para instalar puestos avanzados", "Secure premises for new advanced posts", "Obtenir des locaux pour installer des postes avancés", "Jwenn lokal pou enstale pòs avanse yo")]),
        ("5",
         ("Pouca visibilidade do tema nos territórios", "Poca visibilidad del tema en los territorios", "The issue goes unseen locally", "Le sujet reste peu visible sur le terrain", "Moun pa wè pwoblèm nan sou teren an"),
         ("Dar visibilidade ao tema junto a gestores e à sociedade", "Dar visibilidad al tema ante gestores y la sociedad", "Raise the issue’s profile with officials and the public", "Rendre le sujet visible auprès des responsables et de la société", "Fè responsab yo ak sosyete a wè pwoblèm nan"),
         ("Eventos realizados\nCapacitações realizadas", "Eventos realizados\nCapacitaciones realizadas", "Events held\nTraining sessions held", "Événements organisés\nFormations réalisées", "Evènman ki fèt\nFòmasyon ki fèt"),
         [("5.1", "Realizar eventos e capacitações para os atores locais", "Realizar eventos y capacitaciones para los actores locales", "Hold events and training for local actors", "Organiser des événements et des formations pour les acteurs locaux", "Fè evènman ak fòmasyon pou aktè lokal yo"),
          ("5.2", "Promover atividades de prevenção, sobretudo nas escolas", "Promover actividades de prevención, sobre todo en las escuelas", "Run prevention activities, especially in schools", "Mener des actions de prévention, surtout dans les écoles", "Fè aktivite prevansyon, sitou nan lekòl yo"),
          ("5.3", "Oferecer materiais de campanha para as atividades de prevenção", "Ofrecer materiales de campaña para las actividades de prevención", "Provide campaign materials for prevention activities", "Fournir des supports de campagne pour les actions de prévention", "Bay materyèl kanpay pou aktivite prevansyon yo")]),
        ("6",
         ("Articulação intersetorial frágil", "Articulación intersectorial frágil", "Weak links between sectors", "Faible coordination entre secteurs", "Sektè yo pa travay ase ansanm"),
         ("Estimular a criação e o fortalecimento de colegiados locais de enfrentamento", "Estimular la creación y el fortalecimiento de órganos colegiados locales contra la trata", "Encourage local anti-trafficking committees to form and grow stronger", "Encourager la création et le renforcement de comités locaux de lutte", "Ankouraje kreyasyon ak ranfòsman komite lokal kont trafik"),
         ("Mapeamento dos comitês existentes\nComitês estaduais e municipais criados\nFluxos de atendimento estabelecidos", "Mapeo de los comités existentes\nComités estatales y municipales creados\nFlujos de atención establecidos", "Map of existing committees\nState and municipal committees set up\nCare pathways in place", "Cartographie des comités existants\nComités des États et des municipalités créés\nCircuits de prise en charge établis", "Kat komite ki egziste yo\nKomite eta ak minisipal ki kreye\nChemen swen ki etabli"),
         [("6.1", "Divulgar o papel da Rede junto às redes locais", "Difundir el papel de la Red ante las redes locales", "Explain the network’s role to local networks", "Faire connaître le rôle du réseau auprès des réseaux locaux", "Fè rezo lokal yo konnen wòl rezo a"),
          ("6.2", "Aproximar o CONATRAP dos comitês locais", "Acercar el CONATRAP a los comités locales", "Bring CONATRAP closer to local committees", "Rapprocher le CONATRAP des comités locaux", "Rapwoche CONATRAP ak komite lokal yo"),
          ("6.3", "Estimular a criação de comitês locais", "Estimular la creación de comités locales", "Encourage new local committees", "Encourager la création de comités locaux", "Ankouraje kreyasyon komite lokal"),
          ("6.4", "Apoiar a construção de fluxos de atendimento entre instituições", "Apoyar la construcción de flujos de atención entre instituciones", "Help institutions build shared care pathways", "Aider les institutions à bâtir des circuits de prise en charge communs", "Ede enstitisyon yo bati chemen swen ansanm")]),
        ("7",
         ("Gestão deficiente das informações sobre os atendimentos", "Gestión deficiente de la información sobre las atenciones", "Poor management of case information", "Mauvaise gestion des informations sur les prises en charge", "Enfòmasyon sou moun yo resevwa pa byen jere"),
         ("Retomar o uso do Sistema de Informações de Enfrentamento ao Tráfico de Pessoas (SISETP)", "Retomar el uso del Sistema de Información contra la Trata de Personas (SISETP)", "Bring the anti-trafficking information system (SISETP) back into use", "Relancer le système d’information de lutte contre la traite (SISETP)", "Rekòmanse sèvi ak sistèm enfòmasyon kont trafik la (SISETP)"),
         ("Sistema em funcionamento\nRelatórios estatísticos periódicos\nTreinamentos realizados", "Sistema en funcionamiento\nInformes estadísticos periódicos\nCapacitaciones realizadas", "System running\nRegular statistical reports\nTraining sessions held", "Système en service\nRapports statistiques périodiques\nFormations réalisées", "Sistèm k ap mache\nRapò estatistik regilye\nFòmasyon ki fèt"),
         [("7.1", "Restabelecer e aprimorar o SISETP", "Restablecer y mejorar el SISETP", "Restore and improve SISETP", "Rétablir et améliorer le SISETP", "Remete epi amelyore SISETP"),
          ("7.2", "Usar o sistema como registro oficial dos atendimentos", "Usar el sistema como registro oficial de las atenciones", "Use the system as the official record of cases", "Utiliser le système comme registre officiel des prises en charge", "Sèvi ak sistèm nan kòm rejis ofisyèl ka yo"),
          ("7.3", "Treinar a Rede no SISETP, com vídeos e manual de uso", "Capacitar a la Red en el SISETP, con videos y manual de uso", "Train the network in SISETP, with videos and a user guide", "Former le réseau au SISETP, avec des vidéos et un guide d’utilisation", "Fòme rezo a sou SISETP, ak videyo ak yon gid itilizasyon")]),
        ("8",
         ("Pouco conhecimento do tema entre assessorias de comunicação e jornalistas", "Poco conocimiento del tema entre oficinas de comunicación y periodistas", "Press offices and journalists know little about the issue", "Les services de communication et les journalistes connaissent mal le sujet", "Sèvis kominikasyon ak jounalis yo pa konnen pwoblèm nan ase"),
         ("Sensibilizar comunicadores para uma cobertura que proteja as vítimas", "Sensibilizar a los comunicadores para una cobertura que proteja a las víctimas", "Help communicators cover cases in ways that protect victims", "Sensibiliser les communicants à une couverture qui protège les victimes", "Ede moun kominikasyon yo pale sou ka yo yon fason ki pwoteje viktim yo"),
         ("Guia para comunicadores atualizado\nCapacitações realizadas", "Guía para comunicadores actualizada\nCapacitaciones realizadas", "Guide for communicators updated\nTraining sessions held", "Guide pour les communicants actualisé\nFormations réalisées", "Gid pou moun kominikasyon mete ajou\nFòmasyon ki fèt"),
         [("8.1", "Atualizar o guia para jornalistas", "Actualizar la guía para periodistas", "Update the guide for journalists", "Actualiser le guide pour les journalistes", "Mete gid pou jounalis yo ajou"),
          ("8.2", "Capacitar as assessorias de comunicação", "Capacitar a las oficinas de comunicación", "Train press offices", "Former les services de communication", "Fòme sèvis kominikasyon yo"),
          ("8.3", "Realizar oficinas com jornalistas", "Realizar talleres con periodistas", "Run workshops with journalists", "Organiser des ateliers avec des journalistes", "Fè atelye ak jounalis")]),
    ],
}  # fmt: skip

# --- I Action Plan against Migrant Smuggling (2024-2029) ----------------------------
PAECM = {
    "slug": "i-paecm",
    "short_name": "I PAECM",
    "years": (2024, 2029),
    "title": T(
        pt="I Plano de Ação de Enfrentamento ao Contrabando de Migrantes",
        es="I Plan de Acción contra el Tráfico Ilícito de Migrantes",
        en="First Action Plan against Migrant Smuggling",
        fr="Ier Plan d’action contre le trafic illicite de migrants",
        ht="Premye Plan Aksyon kont Kontrebann Migran",
    ),
    "intro": T(
        pt="Quatro objetivos específicos, 28 ações prioritárias e 75 atividades, de 2024 a 2029, para prevenir o contrabando de migrantes, responder a ele e proteger quem foi vítima.",
        es="Cuatro objetivos específicos, 28 acciones prioritarias y 75 actividades, de 2024 a 2029, para prevenir el tráfico ilícito de migrantes, responder a él y proteger a quienes lo sufrieron.",
        en="Four specific objectives, 28 priority actions and 75 activities, from 2024 to 2029, to prevent migrant smuggling, respond to it and protect the people it harms.",
        fr="Quatre objectifs spécifiques, 28 actions prioritaires et 75 activités, de 2024 à 2029, pour prévenir le trafic illicite de migrants, y répondre et protéger les personnes qui en sont victimes.",
        ht="Kat objektif espesifik, 28 aksyon priyoritè ak 75 aktivite, soti 2024 rive 2029, pou anpeche kontrebann migran, reponn ak li epi pwoteje moun li fè mal.",
    ),
    "decree": T(
        pt="Lançado pelo Ministério da Justiça e Segurança Pública em 2024, com apoio técnico da OIM",
        es="Lanzado por el Ministerio de Justicia y Seguridad Pública en 2024, con apoyo técnico de la OIM",
        en="Launched by the Ministry of Justice and Public Security in 2024, with technical support from IOM",
        fr="Lancé par le ministère de la Justice et de la Sécurité publique en 2024, avec l’appui technique de l’OIM",
        ht="Ministè Lajistis ak Sekirite Piblik la te lanse l an 2024, ak sipò teknik OIM",
    ),
    "objectives": [
        T(pt="Melhorar a capacidade do país de enfrentar o contrabando de migrantes, com estratégias de prevenção, de resposta e de redução dos danos desse crime transnacional.",
          es="Mejorar la capacidad del país para enfrentar el tráfico ilícito de migrantes, con estrategias de prevención, de respuesta y de reducción de los daños de este delito transnacional.",
          en="Improve the country’s capacity to tackle migrant smuggling, with strategies to prevent it, respond to it and reduce the harm this transnational crime causes.",
          fr="Améliorer la capacité du pays à lutter contre le trafic illicite de migrants, avec des stratégies de prévention, de réponse et de réduction des dommages de ce crime transnational.",
          ht="Amelyore kapasite peyi a pou konbat kontrebann migran, ak estrateji pou anpeche l, reponn ak li epi diminye domaj krim transnasyonal sa a fè."),
    ],
    "method": [
        T(pt="O plano foi construído com órgãos federais, estaduais e municipais, sociedade civil e organismos internacionais. Cada atividade tem parceiros responsáveis; o painel público de monitoramento ainda está em construção.",
          es="El plan se construyó con organismos federales, estatales y municipales, la sociedad civil y organismos internacionales. Cada actividad tiene socios responsables; el panel público de seguimiento aún está en construcción.",
          en="The plan was built with federal, state and municipal bodies, civil society and international organisations. Each activity has responsible partners; the public monitoring panel is still being built.",
          fr="Le plan a été élaboré avec des organismes fédéraux, des États et des municipalités, la société civile et des organisations internationales. Chaque activité a des partenaires responsables ; le tableau public de suivi est encore en construction.",
          ht="Plan an te bati ak enstitisyon federal, eta ak minisipal, sosyete sivil la ak òganizasyon entènasyonal. Chak aktivite gen patnè ki responsab; tablo piblik swivi a poko fini."),
    ],
    "objectives_rows": [
        ("1", "Sensibilização e comunicação para prevenir o contrabando de migrantes", "Sensibilización y comunicación para prevenir el tráfico ilícito de migrantes", "Awareness and communication to prevent migrant smuggling", "Sensibilisation et communication pour prévenir le trafic illicite de migrants", "Sansibilizasyon ak kominikasyon pou anpeche kontrebann migran"),
        ("2", "Monitoramento e resposta ao contrabando nas fronteiras", "Seguimiento y respuesta al tráfico ilícito en las fronteras", "Monitoring and responding to smuggling at the borders", "Surveillance du trafic et réponse aux frontières", "Swiv ak reponn kontrebann nan fwontyè yo"),
        ("3", "Proteção social aos migrantes objeto de contrabando, com base nos direitos humanos", "Protección social a los migrantes objeto de tráfico ilícito, con base en los derechos humanos", "Social protection for smuggled migrants, grounded in human rights", "Protection sociale des migrants victimes de trafic, fondée sur les droits humains", "Pwoteksyon sosyal pou migran yo te fè kontrebann, ki chita sou dwa moun"),
        ("4", "Cooperação nacional e internacional", "Cooperación nacional e internacional", "National and international cooperation", "Coopération nationale et internationale", "Koperasyon nasyonal ak entènasyonal"),
    ],
    "actions": [
        ("1.1", "Capacitar agentes de fronteiras, portos, aeroportos e transportadoras", "Capacitar a agentes de fronteras, puertos, aeropuertos y transportistas", "Train border, port, airport and transport company staff", "Former les agents des frontières, ports, aéroports et transporteurs", "Fòme ajan fwontyè, pò, ayewopò ak konpayi transpò"),
        ("1.2", "Campanhas, oficinas e guias para instituições sobre regularização e proteção", "Campañas, talleres y guías para instituciones sobre regularización y protección", "Campaigns, workshops and guides for institutions on regularisation and protection", "Campagnes, ateliers et guides pour les institutions sur la régularisation et la protection", "Kanpay, atelye ak gid pou enstitisyon sou regilarizasyon ak pwoteksyon"),
        ("1.3", "Alertar a população migrante sobre os riscos do contrabando e as vias regulares", "Alertar a la población migrante sobre los riesgos del tráfico ilícito y las vías regulares", "Warn migrants about the risks of smuggling and the regular routes", "Alerter les migrants sur les risques du trafic et les voies régulières", "Avèti migran yo sou danje kontrebann ak chemen legal yo"),
        ("1.4", "Manuais de prevenção para transportadoras e autoridades migratórias", "Manuales de prevención para transportistas y autoridades migratorias", "Prevention manuals for transport companies and immigration officers", "Manuels de prévention pour les transporteurs et les autorités migratoires", "Manyèl prevansyon pou konpayi transpò ak otorite imigrasyon"),
        ("2.1", "Rastrear e confiscar os ganhos ilegais dos contrabandistas", "Rastrear y decomisar las ganancias ilegales de los traficantes", "Trace and seize smugglers’ illegal gains", "Repérer et confisquer les gains illégaux des passeurs", "Swiv epi sezi lajan ilegal kontrebandye yo"),
        ("2.2", "Apreender os meios de transporte e materiais dos contrabandistas", "Incautar los medios de transporte y materiales de los traficantes", "Seize smugglers’ vehicles and equipment", "Saisir les véhicules et le matériel des passeurs", "Sezi machin ak materyèl kontrebandye yo"),
        ("2.3", "Preservar provas e remover conteúdo online que atrai migrantes", "Preservar pruebas y retirar contenido en línea que atrae a migrantes", "Keep evidence and take down online content luring migrants", "Conserver les preuves et retirer les contenus en ligne qui attirent les migrants", "Kenbe prèv epi retire kontni sou entènèt k ap atire migran"),
        ("2.4", "Harmonizar o tipo penal e as leis sobre contrabando de migrantes", "Armonizar el tipo penal y las leyes sobre tráfico ilícito de migrantes", "Align the offence and the laws on migrant smuggling", "Harmoniser l’infraction et les lois sur le trafic illicite de migrants", "Aliyen krim nan ak lwa sou kontrebann migran yo"),
        ("2.5", "Capacitar a investigação no uso de inteligência artificial", "Capacitar a la investigación en el uso de inteligencia artificial", "Train investigators to use artificial intelligence", "Former les enquêteurs à l’usage de l’intelligence artificielle", "Fòme envestigatè yo pou sèvi ak entèlijans atifisyèl"),
        ("2.6", "Monitorar redes sociais e deep web", "Monitorear redes sociales y deep web", "Monitor social media and the deep web", "Surveiller les réseaux sociaux et le deep web", "Siveye rezo sosyal yo ak deep web la"),
        ("2.7", "Divulgar canais de denúncia de corrupção e lavagem de dinheiro ligadas ao contrabando", "Difundir canales de denuncia de corrupción y lavado de dinero ligados al tráfico ilícito", "Publicise channels to report smuggling-related corruption and money laundering", "Faire connaître les canaux de signalement de la corruption et du blanchiment liés au trafic", "Fè konnen kanal pou denonse koripsyon ak blanchiman lajan ki gen rapò ak kontrebann"),
        ("2.8", "Ferramenta de avaliação contínua das rotas de contrabando", "Herramienta de evaluación continua de las rutas de tráfico ilícito", "A tool to keep assessing smuggling routes", "Un outil d’évaluation continue des routes du trafic", "Yon zouti pou toujou evalye wout kontrebann yo"),
        ("2.9", "Coletar dados sobre a emissão de documentos de viagem", "Recopilar datos sobre la emisión de documentos de viaje", "Collect data on the issuing of travel documents", "Recueillir des données sur la délivrance des documents de voyage", "Ranmase done sou jan yo bay dokiman vwayaj"),
        ("3.1", "Ampliar os postos avançados de atendimento humanizado", "Ampliar los puestos avanzados de atención humanizada", "Open more advanced posts for humane reception", "Étendre les postes avancés d’accueil humanisé", "Louvri plis pòs avanse pou resevwa moun ak imanite"),
        ("3.2", "Escuta qualificada e encaminhamento no resgate e no pós-resgate", "Escucha calificada y derivación en el rescate y el post-rescate", "Skilled interviews and referral during and after rescue", "Écoute qualifiée et orientation lors du sauvetage et après", "Koute ak esperyans epi voye moun kote ki bon pandan ak apre sekou"),
        ("3.3", "Formar a rede em direitos humanos e não criminalização de migrantes", "Formar a la red en derechos humanos y no criminalización de migrantes", "Train the network in human rights and not criminalising migrants", "Former le réseau aux droits humains et à la non-criminalisation des migrants", "Fòme rezo a sou dwa moun ak pa trete migran kòm kriminèl"),
        ("3.4", "Serviços de proteção social com apoio psicológico, jurídico e social", "Servicios de protección social con apoyo psicológico, jurídico y social", "Social protection services with psychological, legal and social support", "Services de protection sociale avec un soutien psychologique, juridique et social", "Sèvis pwoteksyon sosyal ak sipò sikolojik, legal ak sosyal"),
        ("3.5", "Proteger defensores de direitos humanos e a ajuda humanitária", "Proteger a defensores de derechos humanos y la ayuda humanitaria", "Protect human rights defenders and humanitarian help", "Protéger les défenseurs des droits humains et l’aide humanitaire", "Pwoteje defansè dwa moun ak èd imanitè"),
        ("3.6", "Inclusão produtiva de migrantes, inclusive validação de diplomas", "Inclusión productiva de migrantes, incluida la convalidación de títulos", "Help migrants into work, including recognition of diplomas", "Insertion professionnelle des migrants, y compris la reconnaissance des diplômes", "Ede migran jwenn travay, ansanm ak rekonesans diplòm"),
        ("3.7", "Protocolo de primeiro atendimento a brasileiros no exterior e no retorno", "Protocolo de primera atención a brasileños en el exterior y al regresar", "First-response protocol for Brazilians abroad and on return", "Protocole de premier accueil des Brésiliens à l’étranger et à leur retour", "Pwotokòl premye swen pou brezilyen aletranje ak lè yo retounen"),
        ("3.8", "Ampliar o retorno assistido e a migração regular", "Ampliar el retorno asistido y la migración regular", "Expand assisted return and regular migration", "Développer le retour assisté et la migration régulière", "Elaji retou asiste ak migrasyon legal"),
        ("3.9", "Registrar boas práticas de atendimento a migrantes objeto de contrabando", "Registrar buenas prácticas de atención a migrantes objeto de tráfico ilícito", "Record good practice in helping smuggled migrants", "Recenser les bonnes pratiques d’accueil des migrants victimes de trafic", "Anrejistre bon pratik pou ede migran yo te fè kontrebann"),
        ("4.1", "Intercâmbio de informação e inteligência entre países", "Intercambio de información e inteligencia entre países", "Sharing information and intelligence between countries", "Échange d’informations et de renseignements entre pays", "Echanj enfòmasyon ak entèlijans ant peyi yo"),
        ("4.2", "Formações sobre as leis de cada país", "Formaciones sobre las leyes de cada país", "Training on each country’s laws", "Formations sur les lois de chaque pays", "Fòmasyon sou lwa chak peyi"),
        ("4.3", "Reuniões regionais sobre a investigação do crime organizado transnacional", "Reuniones regionales sobre la investigación del crimen organizado transnacional", "Regional meetings on investigating transnational organised crime", "Réunions régionales sur les enquêtes contre le crime organisé transnational", "Reyinyon rejyonal sou envestigasyon krim òganize transnasyonal"),
        ("4.4", "Visitas de intercâmbio entre países sobre acolhimento e atendimento", "Visitas de intercambio entre países sobre acogida y atención", "Exchange visits between countries on reception and care", "Visites d’échange entre pays sur l’accueil et la prise en charge", "Vizit echanj ant peyi sou akèy ak swen"),
        ("4.5", "Coordenação entre Ministérios Públicos de vários países", "Coordinación entre Ministerios Públicos de varios países", "Coordination between prosecution services of several countries", "Coordination entre les ministères publics de plusieurs pays", "Kowòdinasyon ant minis piblik plizyè peyi"),
        ("4.6", "Reuniões periódicas e relatórios anuais de inteligência", "Reuniones periódicas e informes anuales de inteligencia", "Regular meetings and yearly intelligence reports", "Réunions régulières et rapports annuels de renseignement", "Reyinyon regilye ak rapò entèlijans chak ane"),
    ],
    "activities": [
        ("1.1.1", "Criar um currículo mínimo em módulos independentes, inclusive sobre vias de migração regular", "Crear un currículo mínimo en módulos independientes, incluso sobre vías de migración regular", "Write a minimum curriculum in stand-alone modules, including regular migration routes", "Créer un programme minimal en modules indépendants, y compris sur les voies de migration régulière", "Ekri yon pwogram minimòm an modil endepandan, ansanm ak chemen migrasyon legal"),
        ("1.1.2", "Levantar especialistas que possam contribuir com as capacitações", "Relevar especialistas que puedan contribuir a las capacitaciones", "Find experts who can help deliver the training", "Recenser des spécialistes qui peuvent contribuer aux formations", "Jwenn espesyalis ki ka ede nan fòmasyon yo"),
        ("1.1.3", "Mapear, por estado e região, as instituições e organizações a capacitar", "Mapear, por estado y región, las instituciones y organizaciones a capacitar", "Map, by state and region, the institutions and organisations to train", "Recenser, par État et par région, les institutions et organisations à former", "Fè lis, pa eta ak rejyon, enstitisyon ak òganizasyon pou fòme"),
        ("1.1.4", "Definir um plano anual de capacitação virtual com foco nas fronteiras", "Definir un plan anual de capacitación virtual centrado en las fronteras", "Set a yearly online training plan focused on border regions", "Établir un plan annuel de formation à distance centré sur les frontières", "Fè yon plan fòmasyon sou entènèt chak ane ki konsantre sou fwontyè yo"),
        ("1.2.1", "Levantar campanhas, cursos e materiais que já existem no Brasil e na América Latina", "Relevar campañas, cursos y materiales que ya existen en Brasil y América Latina", "Survey existing campaigns, courses and materials in Brazil and Latin America", "Recenser les campagnes, cours et supports existants au Brésil et en Amérique latine", "Fè lis kanpay, kou ak materyèl ki deja egziste nan Brezil ak Amerik Latin"),
        ("1.2.2", "Divulgar e fortalecer as campanhas existentes sobre contrabando de migrantes", "Difundir y fortalecer las campañas existentes sobre tráfico ilícito de migrantes", "Spread and support existing campaigns on migrant smuggling", "Diffuser et soutenir les campagnes existantes sur le trafic illicite de migrants", "Gaye epi sipòte kanpay ki egziste sou kontrebann migran"),
        ("1.2.3", "Ouvir associações de migrantes sobre os melhores formatos e meios de divulgação", "Escuchar a asociaciones de migrantes sobre los mejores formatos y medios de difusión", "Ask migrant associations which formats and channels work best", "Consulter les associations de migrants sur les meilleurs formats et canaux de diffusion", "Mande asosyasyon migran yo ki fòma ak ki mwayen ki pi bon"),
        ("1.3.1", "Mapear perfis em redes sociais que promovem a migração irregular", "Mapear perfiles en redes sociales que promueven la migración irregular", "Map social media accounts promoting irregular migration", "Recenser les comptes de réseaux sociaux qui promeuvent la migration irrégulière", "Fè lis kont sou rezo sosyal k ap ankouraje migrasyon ilegal"),
        ("1.3.2", "Enviar esse mapeamento à Polícia Federal", "Enviar ese mapeo a la Policía Federal", "Send that map to the Federal Police", "Transmettre ce recensement à la Police fédérale", "Voye lis sa a bay Polis Federal"),
        ("1.3.3", "Reunir pesquisas sobre a eficácia de campanhas contra a migração irregular", "Reunir investigaciones sobre la eficacia de campañas contra la migración irregular", "Gather research on how well campaigns against irregular migration work", "Rassembler les études sur l’efficacité des campagnes contre la migration irrégulière", "Ranmase rechèch sou jan kanpay kont migrasyon ilegal yo mache"),
        ("1.3.4", "Produzir campanhas para redes sociais sobre riscos e formas regulares de entrada e residência", "Producir campañas para redes sociales sobre riesgos y formas regulares de entrada y residencia", "Make social media campaigns on the risks and the regular ways to enter and stay", "Produire des campagnes pour les réseaux sociaux sur les risques et les moyens réguliers d’entrer et de séjourner", "Fè kanpay pou rezo sosyal sou danje yo ak fason legal pou antre epi rete"),
        ("1.3.5", "Sensibilizar e capacitar instituições e setor privado sobre riscos e migração segura", "Sensibilizar y capacitar a instituciones y al sector privado sobre riesgos y migración segura", "Raise awareness and train institutions and businesses on risks and safe migration", "Sensibiliser et former institutions et entreprises aux risques et à la migration sûre", "Sansibilize epi fòme enstitisyon ak biznis sou danje yo ak migrasyon san danje"),
        ("1.4.1", "Mapear materiais existentes para transportadoras e autoridades migratórias", "Mapear materiales existentes para transportistas y autoridades migratorias", "Map existing materials for transport companies and immigration officers", "Recenser les supports existants pour les transporteurs et les autorités migratoires", "Fè lis materyèl ki egziste pou konpayi transpò ak otorite imigrasyon"),
        ("1.4.2", "Mapear transportadoras, suas associações e as normas que as regulam", "Mapear transportistas, sus asociaciones y las normas que las regulan", "Map transport companies, their associations and the rules they follow", "Recenser les transporteurs, leurs associations et les règles qui les encadrent", "Fè lis konpayi transpò, asosyasyon yo ak règ yo dwe swiv"),
        ("1.4.3", "Elaborar cartilha para motoristas, transportadoras e operadores de embarcações", "Elaborar una cartilla para conductores, transportistas y operadores de embarcaciones", "Write a booklet for drivers, transport companies and boat operators", "Rédiger un livret pour les chauffeurs, transporteurs et opérateurs de bateaux", "Ekri yon ti liv pou chofè, konpayi transpò ak moun ki kondi bato"),
        ("1.4.4", "Firmar parcerias com empresas de transporte, com procedimento próprio", "Firmar alianzas con empresas de transporte, con procedimiento propio", "Partner with transport companies, each with its own procedure", "Nouer des partenariats avec les entreprises de transport, dotées d’une procédure propre", "Fè patenarya ak konpayi transpò, chak ak pwosedi pa l"),
        ("2.1.1", "Mapear pontos, rotas e conexões usados pelo contrabando", "Mapear puntos, rutas y conexiones usados por el tráfico ilícito", "Map the places, routes and links smugglers use", "Recenser les points, routes et liaisons utilisés par les passeurs", "Fè kat kote, wout ak koneksyon kontrebandye yo itilize"),
        ("2.1.2", "Mapear os mecanismos e órgãos que detectam movimentações financeiras ilegais", "Mapear los mecanismos y organismos que detectan movimientos financieros ilegales", "Map the tools and bodies that detect illegal money flows", "Recenser les mécanismes et organismes qui détectent les flux financiers illégaux", "Fè lis zouti ak enstitisyon ki detekte mouvman lajan ilegal"),
        ("2.1.3", "Reunir boas práticas de outros países", "Reunir buenas prácticas de otros países", "Gather good practice from other countries", "Rassembler les bonnes pratiques d’autres pays", "Ranmase bon pratik lòt peyi"),
        ("2.2.1", "Mapear os procedimentos de perda de veículos e materiais dos contrabandistas", "Mapear los procedimientos de decomiso de vehículos y materiales de los traficantes", "Map the procedures for forfeiting smugglers’ vehicles and equipment", "Recenser les procédures de confiscation des véhicules et du matériel des passeurs", "Fè lis pwosedi pou pran machin ak materyèl kontrebandye yo"),
        ("2.2.2", "Reunir-se com a ANTT para aperfeiçoar a regulação dos transportes", "Reunirse con la ANTT para perfeccionar la regulación del transporte", "Meet the land transport agency (ANTT) to tighten transport rules", "Rencontrer l’agence des transports terrestres (ANTT) pour améliorer la réglementation", "Rankontre ajans transpò tè a (ANTT) pou amelyore règ transpò yo"),
        ("2.3.1", "Mapear anúncios que oferecem rotas, documentos falsos e transporte", "Mapear anuncios que ofrecen rutas, documentos falsos y transporte", "Map adverts offering routes, fake documents and transport", "Recenser les annonces proposant des routes, de faux documents et du transport", "Fè lis piblisite ki ofri wout, fo papye ak transpò"),
        ("2.3.2", "Encaminhar esse mapeamento à Polícia Federal", "Remitir ese mapeo a la Policía Federal", "Pass that map on to the Federal Police", "Transmettre ce recensement à la Police fédérale", "Pase lis sa a bay Polis Federal"),
        ("2.3.3", "Propor, com o Judiciário, diretrizes para preservar a prova digital", "Proponer, con el Poder Judicial, directrices para preservar la prueba digital", "Propose, with the courts, guidelines for keeping digital evidence", "Proposer, avec la justice, des lignes directrices pour conserver la preuve numérique", "Pwopoze, ak tribinal yo, direktiv pou kenbe prèv dijital"),
        ("2.4.1", "Comparar a legislação penal de outros países", "Comparar la legislación penal de otros países", "Compare other countries’ criminal law", "Comparer la législation pénale d’autres pays", "Konpare lwa penal lòt peyi"),
        ("2.4.2", "Identificar lacunas na legislação brasileira e propor melhorias", "Identificar vacíos en la legislación brasileña y proponer mejoras", "Find gaps in Brazilian law and propose improvements", "Repérer les lacunes de la législation brésilienne et proposer des améliorations", "Jwenn mank nan lwa brezilyen yo epi pwopoze amelyorasyon"),
        ("2.5.1", "Levantar ferramentas, práticas e especialistas em IA aplicada à investigação", "Relevar herramientas, prácticas y especialistas en IA aplicada a la investigación", "Survey AI tools, practice and experts for investigations", "Recenser les outils, pratiques et spécialistes de l’IA appliquée aux enquêtes", "Fè lis zouti, pratik ak espesyalis IA pou envestigasyon"),
        ("2.5.2", "Promover encontros entre especialistas e órgãos de investigação", "Promover encuentros entre especialistas y organismos de investigación", "Bring experts and investigators together", "Organiser des rencontres entre spécialistes et services d’enquête", "Rasanble espesyalis ak envestigatè yo"),
        ("2.6.1", "Listar indicadores do crime de contrabando de migrantes", "Listar indicadores del delito de tráfico ilícito de migrantes", "List the signs of migrant smuggling", "Dresser la liste des indicateurs du trafic illicite de migrants", "Fè lis siy krim kontrebann migran"),
        ("2.6.2", "Identificar quem já monitora as redes sociais", "Identificar quién ya monitorea las redes sociales", "Find out who already monitors social media", "Identifier qui surveille déjà les réseaux sociaux", "Chèche konnen ki moun ki deja siveye rezo sosyal yo"),
        ("2.6.3", "Estudar o uso de IA no monitoramento de redes e da deep web", "Estudiar el uso de IA en el monitoreo de redes y de la deep web", "Study the use of AI to monitor social media and the deep web", "Étudier l’usage de l’IA pour surveiller les réseaux et le deep web", "Etidye jan IA ka ede siveye rezo yo ak deep web la"),
        ("2.6.4", "Produzir relatórios periódicos sobre as redes e rotas identificadas", "Producir informes periódicos sobre las redes y rutas identificadas", "Produce regular reports on the networks and routes found", "Produire des rapports réguliers sur les réseaux et routes repérés", "Fè rapò regilye sou rezo ak wout yo jwenn"),
        ("2.7.1", "Mapear os canais de denúncia dos órgãos ligados à pauta migratória", "Mapear los canales de denuncia de los organismos vinculados a la migración", "Map the reporting channels of the bodies dealing with migration", "Recenser les canaux de signalement des organismes chargés des migrations", "Fè lis kanal denonsyasyon enstitisyon ki okipe migrasyon"),
        ("2.7.2", "Incluir esses canais nas capacitações, materiais e campanhas do plano", "Incluir esos canales en las capacitaciones, materiales y campañas del plan", "Put those channels in the plan’s training, materials and campaigns", "Intégrer ces canaux aux formations, supports et campagnes du plan", "Mete kanal sa yo nan fòmasyon, materyèl ak kanpay plan an"),
        ("2.8.1", "Criar pesquisa online anônima com atores estratégicos sobre fluxos e rotas", "Crear una encuesta en línea anónima con actores estratégicos sobre flujos y rutas", "Run an anonymous online survey of key actors on flows and routes", "Créer une enquête en ligne anonyme auprès d’acteurs clés sur les flux et les routes", "Fè yon ankèt anonim sou entènèt ak aktè kle yo sou mouvman ak wout"),
        ("2.8.2", "Mapear países de origem e destino e novas tendências, com relatório anual", "Mapear países de origen y destino y nuevas tendencias, con informe anual", "Map countries of origin and destination and new trends, with a yearly report", "Recenser les pays d’origine et de destination et les nouvelles tendances, avec un rapport annuel", "Fè lis peyi orijin ak destinasyon ak nouvo tandans, ak yon rapò chak ane"),
        ("2.9.1", "Criar um fluxo de informação com o CONARE sobre viagens de refugiados", "Crear un flujo de información con el CONARE sobre viajes de refugiados", "Set up information sharing with CONARE on refugees’ travel", "Mettre en place un échange d’informations avec le CONARE sur les voyages des réfugiés", "Mete yon echanj enfòmasyon ak CONARE sou vwayaj refijye yo"),
        ("2.9.2", "Criar um fluxo de informação com a Polícia Federal sobre documentos de viagem", "Crear un flujo de información con la Policía Federal sobre documentos de viaje", "Set up information sharing with the Federal Police on travel documents", "Mettre en place un échange d’informations avec la Police fédérale sur les documents de voyage", "Mete yon echanj enfòmasyon ak Polis Federal sou dokiman vwayaj"),
        ("3.1.1", "Avaliar os postos avançados em funcionamento (AM, CE, RJ e SP)", "Evaluar los puestos avanzados en funcionamiento (AM, CE, RJ y SP)", "Assess the advanced posts already running (AM, CE, RJ and SP)", "Évaluer les postes avancés en service (AM, CE, RJ et SP)", "Evalye pòs avanse ki deja ap mache yo (AM, CE, RJ ak SP)"),
        ("3.1.2", "Atualizar o documento que orienta os postos avançados", "Actualizar el documento que orienta a los puestos avanzados", "Update the guidance for advanced posts", "Actualiser le document d’orientation des postes avancés", "Mete dokiman ki gide pòs avanse yo ajou"),
        ("3.1.3", "Divulgar esse documento, sobretudo nas regiões de fronteira", "Difundir ese documento, sobre todo en las regiones de frontera", "Share that guidance, especially in border regions", "Diffuser ce document, surtout dans les régions frontalières", "Gaye dokiman sa a, sitou nan rejyon fwontyè yo"),
        ("3.2.1", "Elaborar um procedimento operacional padrão de atendimento", "Elaborar un procedimiento operativo estándar de atención", "Write a standard operating procedure for assistance", "Rédiger une procédure opérationnelle standard de prise en charge", "Ekri yon pwosedi operasyonèl estanda pou swen"),
        ("3.2.2", "Treinar quem atua em resgates, com base no procedimento e no currículo mínimo", "Capacitar a quienes actúan en rescates, con base en el procedimiento y el currículo mínimo", "Train rescue teams using the procedure and the minimum curriculum", "Former les équipes de sauvetage à partir de la procédure et du programme minimal", "Fòme ekip sekou yo ak pwosedi a ak pwogram minimòm nan"),
        ("3.2.3", "Capacitar as equipes dos postos avançados sobre contrabando de migrantes", "Capacitar a los equipos de los puestos avanzados sobre tráfico ilícito de migrantes", "Train advanced post teams on migrant smuggling", "Former les équipes des postes avancés au trafic illicite de migrants", "Fòme ekip pòs avanse yo sou kontrebann migran"),
        ("3.2.4", "Criar um canal de troca de experiências entre os postos avançados", "Crear un canal de intercambio de experiencias entre los puestos avanzados", "Create a channel for advanced posts to share experience", "Créer un canal d’échange d’expériences entre les postes avancés", "Kreye yon kanal pou pòs avanse yo pataje eksperyans"),
        ("3.3.1", "Incluir no currículo mínimo um módulo sobre migrações e direitos humanos", "Incluir en el currículo mínimo un módulo sobre migraciones y derechos humanos", "Add a module on migration and human rights to the minimum curriculum", "Ajouter au programme minimal un module sur les migrations et les droits humains", "Ajoute yon modil sou migrasyon ak dwa moun nan pwogram minimòm nan"),
        ("3.3.2", "Incluir um módulo sobre os direitos das vítimas de contrabando e o acesso à justiça", "Incluir un módulo sobre los derechos de las víctimas de tráfico ilícito y el acceso a la justicia", "Add a module on smuggled people’s rights and access to justice", "Ajouter un module sur les droits des victimes du trafic et l’accès à la justice", "Ajoute yon modil sou dwa viktim kontrebann ak aksè a lajistis"),
        ("3.4.1", "Capacitar a rede consular e socioassistencial no procedimento de atendimento", "Capacitar a la red consular y socioasistencial en el procedimiento de atención", "Train consular and social services in the assistance procedure", "Former les réseaux consulaire et d’aide sociale à la procédure de prise en charge", "Fòme sèvis konsila ak sèvis sosyal yo sou pwosedi swen an"),
        ("3.4.2", "Garantir serviços e benefícios socioassistenciais às vítimas e às famílias", "Garantizar servicios y beneficios socioasistenciales a las víctimas y sus familias", "Make sure victims and their families get social services and benefits", "Garantir des services et prestations sociales aux victimes et à leurs familles", "Asire viktim yo ak fanmi yo jwenn sèvis ak benefis sosyal"),
        ("3.5.1", "Publicar notas sobre a não criminalização da ajuda humanitária", "Publicar notas sobre la no criminalización de la ayuda humanitaria", "Publish guidance notes on not criminalising humanitarian help", "Publier des notes sur la non-criminalisation de l’aide humanitaire", "Pibliye nòt sou pa trete èd imanitè kòm krim"),
        ("3.5.2", "Sensibilizar órgãos de fiscalização e investigação sobre a ajuda humanitária", "Sensibilizar a organismos de fiscalización e investigación sobre la ayuda humanitaria", "Brief inspection and investigation bodies on humanitarian help", "Sensibiliser les services de contrôle et d’enquête à l’aide humanitaire", "Sansibilize enstitisyon kontwòl ak envestigasyon sou èd imanitè"),
        ("3.6.1", "Mapear programas de emprego e renda para migrantes e refugiados", "Mapear programas de empleo e ingresos para migrantes y refugiados", "Map job and income programmes for migrants and refugees", "Recenser les programmes d’emploi et de revenus pour migrants et réfugiés", "Fè lis pwogram travay ak revni pou migran ak refijye"),
        ("3.6.2", "Usar esses mapeamentos para incluir esse público em programas locais", "Usar esos mapeos para incluir a ese público en programas locales", "Use those maps to bring these people into local programmes", "Utiliser ces recensements pour inclure ces personnes dans les programmes locaux", "Sèvi ak lis sa yo pou mete moun sa yo nan pwogram lokal"),
        ("3.7.1", "Incluir no procedimento o atendimento a brasileiros no exterior e no retorno", "Incluir en el procedimiento la atención a brasileños en el exterior y al regresar", "Cover Brazilians abroad and on return in the procedure", "Intégrer à la procédure l’accueil des Brésiliens à l’étranger et à leur retour", "Mete swen pou brezilyen aletranje ak lè yo retounen nan pwosedi a"),
        ("3.7.2", "Capacitar agentes consulares brasileiros no procedimento", "Capacitar a agentes consulares brasileños en el procedimiento", "Train Brazilian consular staff in the procedure", "Former les agents consulaires brésiliens à la procédure", "Fòme ajan konsila brezilyen yo sou pwosedi a"),
        ("3.7.3", "Melhorar a informação para brasileiros no exterior sobre denúncia e assistência", "Mejorar la información para brasileños en el exterior sobre denuncia y asistencia", "Improve information for Brazilians abroad on reporting and help", "Améliorer l’information des Brésiliens à l’étranger sur le signalement et l’assistance", "Amelyore enfòmasyon pou brezilyen aletranje sou denonsyasyon ak èd"),
        ("3.8.1", "Mapear programas de retorno e os municípios com mais brasileiros retornados", "Mapear programas de retorno y los municipios con más brasileños retornados", "Map return programmes and the towns most Brazilians return to", "Recenser les programmes de retour et les communes qui accueillent le plus de Brésiliens rentrés", "Fè lis pwogram retou ak vil kote plis brezilyen retounen"),
        ("3.8.2", "Sensibilizar sobre os serviços socioassistenciais nesses municípios", "Sensibilizar sobre los servicios socioasistenciales en esos municipios", "Raise awareness of social services in those towns", "Faire connaître les services sociaux de ces communes", "Fè moun konnen sèvis sosyal ki nan vil sa yo"),
        ("3.8.3", "Mapear programas de retorno assistido de migrantes ao país de origem", "Mapear programas de retorno asistido de migrantes al país de origen", "Map assisted return programmes for migrants going home", "Recenser les programmes de retour assisté des migrants vers leur pays d’origine", "Fè lis pwogram retou asiste pou migran k ap retounen lakay"),
        ("3.8.4", "Capacitar as equipes desses programas sobre direitos e regularização", "Capacitar a los equipos de esos programas sobre derechos y regularización", "Train those programmes’ staff on rights and regularisation", "Former les équipes de ces programmes aux droits et à la régularisation", "Fòme ekip pwogram sa yo sou dwa ak regilarizasyon"),
        ("3.9.1", "Mapear serviços e programas no Brasil e no exterior", "Mapear servicios y programas en Brasil y en el exterior", "Map services and programmes in Brazil and abroad", "Recenser les services et programmes au Brésil et à l’étranger", "Fè lis sèvis ak pwogram nan Brezil ak aletranje"),
        ("3.9.2", "Mapear municípios com mais migrantes e sensibilizar saúde e assistência", "Mapear municipios con más migrantes y sensibilizar a salud y asistencia", "Map the towns with most migrants and brief health and social services", "Recenser les communes comptant le plus de migrants et sensibiliser santé et aide sociale", "Fè lis vil ki gen plis migran epi sansibilize sèvis sante ak sosyal"),
        ("4.1.1", "Nota técnica sobre uma câmara temática no SISBIN", "Nota técnica sobre una cámara temática en el SISBIN", "Technical note on a thematic chamber in SISBIN", "Note technique sur une chambre thématique au SISBIN", "Nòt teknik sou yon chanm tematik nan SISBIN"),
        ("4.1.2", "Mapear e consolidar sistemas de dados sobre contrabando e crimes ligados", "Mapear y consolidar sistemas de datos sobre tráfico ilícito y delitos conexos", "Map and combine data systems on smuggling and related crimes", "Recenser et regrouper les systèmes de données sur le trafic et les crimes liés", "Fè lis epi mete ansanm sistèm done sou kontrebann ak krim ki gen rapò"),
        ("4.1.3", "Firmar acordos de cooperação para compartilhar dados", "Firmar acuerdos de cooperación para compartir datos", "Sign cooperation agreements to share data", "Signer des accords de coopération pour partager des données", "Siyen akò koperasyon pou pataje done"),
        ("4.1.4", "Mapear acordos e redes regionais e internacionais existentes", "Mapear acuerdos y redes regionales e internacionales existentes", "Map existing regional and international agreements and networks", "Recenser les accords et réseaux régionaux et internationaux existants", "Fè lis akò ak rezo rejyonal ak entènasyonal ki egziste"),
        ("4.1.5", "Propor um protocolo regional de compartilhamento de dados", "Proponer un protocolo regional de intercambio de datos", "Propose a regional data-sharing protocol", "Proposer un protocole régional de partage de données", "Pwopoze yon pwotokòl rejyonal pou pataje done"),
        ("4.2.1", "Propor um ciclo de formações na Plataforma Regional (PRETT)", "Proponer un ciclo de formaciones en la Plataforma Regional (PRETT)", "Propose a training series on the Regional Platform (PRETT)", "Proposer un cycle de formations sur la Plateforme régionale (PRETT)", "Pwopoze yon seri fòmasyon sou Platfòm Rejyonal la (PRETT)"),
        ("4.2.2", "Comparar as leis da região e apontar suas lacunas", "Comparar las leyes de la región y señalar sus vacíos", "Compare the region’s laws and point out their gaps", "Comparer les lois de la région et en relever les lacunes", "Konpare lwa rejyon an epi montre mank yo"),
        ("4.3.1", "Propor um grupo de trabalho na PRETT com órgãos de investigação", "Proponer un grupo de trabajo en la PRETT con organismos de investigación", "Propose a PRETT working group of investigation bodies", "Proposer un groupe de travail de la PRETT réunissant les services d’enquête", "Pwopoze yon gwoup travay nan PRETT ak enstitisyon envestigasyon"),
        ("4.3.2", "Propor um calendário de reuniões do grupo", "Proponer un calendario de reuniones del grupo", "Propose a meeting calendar for the group", "Proposer un calendrier de réunions du groupe", "Pwopoze yon kalandriye reyinyon pou gwoup la"),
        ("4.4.1", "Propor um calendário de visitas do grupo de trabalho", "Proponer un calendario de visitas del grupo de trabajo", "Propose a visit calendar for the working group", "Proposer un calendrier de visites du groupe de travail", "Pwopoze yon kalandriye vizit pou gwoup travay la"),
        ("4.5.1", "Propor grupos de trabalho de Ministérios Públicos nas redes existentes", "Proponer grupos de trabajo de Ministerios Públicos en las redes existentes", "Propose prosecutors’ working groups within existing networks", "Proposer des groupes de travail des ministères publics au sein des réseaux existants", "Pwopoze gwoup travay minis piblik nan rezo ki egziste yo"),
        ("4.6.1", "Definir o calendário de reuniões da rede nacional", "Definir el calendario de reuniones de la red nacional", "Set the national network’s meeting calendar", "Fixer le calendrier des réunions du réseau national", "Fikse kalandriye reyinyon rezo nasyonal la"),
        ("4.6.2", "Relatórios semestrais de inteligência e investigação, base dos indicadores", "Informes semestrales de inteligencia e investigación, base de los indicadores", "Six-monthly intelligence and investigation reports, feeding the indicators", "Rapports semestriels de renseignement et d’enquête, base des indicateurs", "Rapò chak sis mwa sou entèlijans ak envestigasyon, ki baz endikatè yo"),
    ],
    # Partners named in the source for these activities.
    "partners": {
        "1.1.1": ["MJSP", "MPF", "PF", "DPU", "OIs", "OSCs"],
        "1.1.2": ["MJSP", "MPF", "PF", "DPU", "OIs", "OSCs"],
        "1.1.3": ["MJSP", "MPF", "PF", "DPU", "NETPs", "PAAHMs"],
        "1.2.1": ["MJSP", "MPF", "PF", "DPU", "NETPs", "PAAHMs"],
    },
}  # fmt: skip

# Campaign codes of the campaigns demo that name a gap rather than an activity: the
# activity of that gap the campaign delivers.
CAMPAIGN_CODE_MEANING = {("PA NETP/PAAHM", "5"): ("PA NETP/PAAHM", "5.3")}
COURSE_ACTIVITIES = {
    "enfrentamento-ao-trafico-de-pessoas-para-a-rede": [("PA NETP/PAAHM", "3.4")],
    "contrabando-de-migrantes-para-agentes-de-fronteira": [
        ("I PAECM", "1.1.1"),
        ("I PAECM", "1.1.4"),
    ],
}
LIVE_TRAINING_ACTIVITIES = {
    "Oficina presencial: fluxo de atendimento no Amazonas": [("PA NETP/PAAHM", "6.4")],
}
