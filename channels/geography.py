"""Brazil's federative units (UF) and the time zone that applies in each capital.

States crossing a time-zone line (Amazonas, Pará, Pernambuco with Fernando de Noronha)
keep the zone of their capital as the default; an editor sets the channel's own zone
when it differs (a unit in Fernando de Noronha is America/Noronha).
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# code -> (name, default IANA zone). Names are proper nouns: not translated.
STATES = {
    "AC": ("Acre", "America/Rio_Branco"),
    "AL": ("Alagoas", "America/Maceio"),
    "AP": ("Amapá", "America/Belem"),
    "AM": ("Amazonas", "America/Manaus"),
    "BA": ("Bahia", "America/Bahia"),
    "CE": ("Ceará", "America/Fortaleza"),
    "DF": ("Distrito Federal", "America/Sao_Paulo"),
    "ES": ("Espírito Santo", "America/Sao_Paulo"),
    "GO": ("Goiás", "America/Sao_Paulo"),
    "MA": ("Maranhão", "America/Fortaleza"),
    "MT": ("Mato Grosso", "America/Cuiaba"),
    "MS": ("Mato Grosso do Sul", "America/Campo_Grande"),
    "MG": ("Minas Gerais", "America/Sao_Paulo"),
    "PA": ("Pará", "America/Belem"),
    "PB": ("Paraíba", "America/Fortaleza"),
    "PR": ("Paraná", "America/Sao_Paulo"),
    "PE": ("Pernambuco", "America/Recife"),
    "PI": ("Piauí", "America/Fortaleza"),
    "RJ": ("Rio de Janeiro", "America/Sao_Paulo"),
    "RN": ("Rio Grande do Norte", "America/Fortaleza"),
    "RS": ("Rio Grande do Sul", "America/Sao_Paulo"),
    "RO": ("Rondônia", "America/Porto_Velho"),
    "RR": ("Roraima", "America/Boa_Vista"),
    "SC": ("Santa Catarina", "America/Sao_Paulo"),
    "SP": ("São Paulo", "America/Sao_Paulo"),
    "SE": ("Sergipe", "America/Maceio"),
    "TO": ("Tocantins", "America/Araguaina"),
}
STATE_CHOICES = [(code, f"{name} ({code})") for code, (name, _zone) in STATES.items()]

# Brazil's four offsets (UTC-2, -3, -4, -5) are spread over these IANA zones.
BRAZIL_TIME_ZONES = [
    "America/Noronha",
    "America/Sao_Paulo",
    "America/Bahia",
    "America/Fortaleza",
    "America/Recife",
    "America/Maceio",
    "America/Belem",
    "America/Araguaina",
    "America/Santarem",
    "America/Campo_Grande",
    "America/Cuiaba",
    "America/Manaus",
    "America/Porto_Velho",
    "America/Boa_Vista",
    "America/Eirunepe",
    "America/Rio_Branco",
]


def default_time_zone(uf):
    return STATES.get(uf, ("", "America/Sao_Paulo"))[1]


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not a time zone name. Use one like America/Manaus."),
            params={"value": value},
        )
