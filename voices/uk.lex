# voices/uk.lex: how the Ukrainian voice should say words whose stress
# espeak-ng's Ukrainian rules put in the wrong place. Format:
# docs/lexicon.md. Check an entry: espeak-ng -x -v uk "Дніпро" and
# espeak-ng -x -v uk "[[dnipr'o]]".

Дніпро              [[dnipr'o]]              # espeak-ng: dn'ip@-rV
Запоріжжя           [[zapor'iZZja]]          # zap'oriZZja
Херсон              [[xers'on]]              # x'ersVn
Макрон              [[makr'on]]              # m'Ak@-rVn
Кабмін              [[kabm'in]]              # k'Abmin
Укренерго           [[ukrenerh'o]]           # uk@-r'enirhV
Вашингтон           [[v'aSinhton]]           # vaS'inhtVn
Брюссель            [[brjus'elj]]            # b@-r'jussil
Берлін              [[berl'in]]              # b'erlin
