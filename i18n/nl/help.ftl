# Nederlandse hulp bij elke opdracht en optie (help-OPDRACHT, help-OPDRACHT--OPTIE); de Engelse staat in de doc comments van src/cli.
