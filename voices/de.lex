# voices/de.lex: how the German voice should say names that espeak-ng's
# German rules get wrong (mostly Ukrainian places and people, whose German
# spellings it reads as German words). Format: docs/lexicon.md. Check an
# entry: espeak-ng -x -v de "Charkiw" and espeak-ng -x -v de "[[x'arkIf]]".

Charkiw             [[x'arkIf]]              # espeak-ng: S'arki:f
Cherson             [[xErs'On]]              # C'Erzo:n
Chmelnyzkyj         [[xm'ElnItskIj]]         # ts,e:h'A:m'Elnytsk,y:j
Dnipro              [[dni:pr'o:]]            # d'e:n'Ipro:
Lwiw                [[lv'i:f]]               # 'El v'i:f
Luhansk             [[lu:h'ansk]]            # l'u:ansk
Odesa               [[o:d'Esa:]]             # 'o:de:z,A:
Donezk              [[do:n'Etsk]]            # d'o:nE2tsk
Mykolajiw           [[mIko:l'ajIf]]          # m'y:ko:l,Aji:f
Selenskyj           [[ze:l'EnskIj]]          # z'e:l@nsk,y:j
Tschernihiw         [[tSErn'i:hIf]]          # tS'Erni:,i:f
