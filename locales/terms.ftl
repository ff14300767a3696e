# Numbers and names that are never translated. Every locale's bundle loads this file
# first. The tests check each number against core/src/helplines.rs.

-linea-100-number = 100
-police-105-number = 105
-samu-106-number = 106
-fire-116-number = 116
-mental-health-113-number = 113
-linea-100-name = Línea 100
