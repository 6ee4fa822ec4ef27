# Nederlandse kolomkoppen, per sleutel van de kolom (col-SLEUTEL); in het Engels is de kop de sleutel zelf.

col-family_name = achternaam
