"""CPF (Brazilian taxpayer number): checksum validation and masking.

A CPF is personal data: it is stored as 11 digits and only ever displayed masked,
showing the three middle digits, as Brazilian public bodies do (***.456.789-**).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def digits(value):
    return re.sub(r"\D", "", value or "")


def _check_digit(numbers):
    weight = len(numbers) + 1
    total = sum(int(number) * (weight - index) for index, number in enumerate(numbers))
    remainder = (total * 10) % 11
    return 0 if remainder == 10 else remainder


def is_valid_cpf(value):
    number = digits(value)
    if len(number) != 11 or number == number[0] * 11:
        return False
    first = _check_digit(number[:9])
    second = _check_digit(number[:9] + str(first))
    return number[9:] == f"{first}{second}"


def validate_cpf(value):
    if value and not is_valid_cpf(value):
        raise ValidationError(_("This CPF is not valid: check the 11 digits."), code="invalid_cpf")


def mask_cpf(value):
    number = digits(value)
    if len(number) != 11:
        return ""
    return f"***.{number[3:6]}.{number[6:9]}-**"
