# voices/en.lex: how English voices should say names that espeak-ng's own
# English rules get wrong. Format: docs/lexicon.md. One entry a line: the
# word or phrase, a tab or two spaces, then espeak-ng phonemes in [[...]] or
# a respelling in plain words. Check an entry by listening:
#   espeak-ng -v en-us "[[k'i:v]]"        (and espeak-ng -x -v en-us "Kyiv")
# A key in lower case also matches with a capital ("Hryvnia") and in
# capitals ("HRYVNIA"); a name's possessive ("Kyiv's") is handled, its
# plural is not: give it its own line ("Shaheds").

# Ukraine: the capital and the regional centres
Kyiv                [[k'i:v]]                 # KEEV (espeak-ng: kj'Iv)
Kharkiv             [[x'A@kIv]]               # KHAR-kiv
Zaporizhzhia        [[z,A:poUr'i:Zj@]]        # za-po-REEZH-zhya
Zaporizhia          [[z,A:poUr'i:Zj@]]
Dnipro              [[dni:pr'oU]]             # dnee-PRO
Dnipropetrovsk      [[dn,i:pr@pEtr'O:fsk]]
Odesa               [[oUd'Es@]]               # oh-DESS-a
Odessa              [[oUd'Es@]]
Lviv                [[l@v'i:v]]               # l'VEEV
Mykolaiv            [[m,Ik@l'A:jIv]]          # mi-ko-LAH-yiv
Kherson             [[xErs'O:n]]              # kher-SAWN
Donetsk             [[d@n'Etsk]]
Luhansk             [[lu:h'A:nsk]]            # loo-HANSK
Chernihiv           [[tSErn'i:hIv]]           # cher-NEE-hiv
Sumy                [[s'u:mI]]                # SOO-mi
Vinnytsia           [[v'InItsj@]]             # VIN-nyts-ya
Zhytomyr            [[ZIt'O:mIr]]             # zhy-TAW-mir
Ivano-Frankivsk     [[i:v,A:noUfr'A:nkIvsk]]
Uzhhorod            [['u:ZhO:r@d]]            # OOZH-ho-rod
Chernivtsi          [[tS,ErnIvts'i:]]         # cher-niv-TSEE
Ternopil            [[tErn'O:pIl]]
Rivne               [[r'i:vnE]]               # REEV-neh
Lutsk               [[l'u:tsk]]
Khmelnytskyi        [[xmEln'Itski]]
Kropyvnytskyi       [[kr,O:pIvn'Itski]]
Kremenchuk          [[kr,Em@ntS'u:k]]
Nikopol             [[n'i:k@p@l]]
Zakarpattia         [[z,A:kA@p'A:tj@]]
Crimea              [[kraIm'i:@]]             # cry-MEE-a (espeak-ng: KRY-mia)
Sevastopol          [[s@v'ast@p,oUl]]

# Ukraine: towns in the news from the front and the occupied south and east
Bakhmut             [[bA:xm'u:t]]             # bakh-MOOT
Avdiivka            [[A:vd'i:jIvk@]]          # av-DEE-yiv-ka
Pokrovsk            [[p@kr'O:vsk]]            # po-KRAWVSK
Kramatorsk          [[kr,A:m@t'o@sk]]         # kra-ma-TORSK
Sloviansk           [[sl@vj'A:nsk]]           # slo-VYANSK
Sievierodonetsk     [[s,jEvjEr@d@n'Etsk]]
Lysychansk          [[l,IsItS'A:nsk]]
Toretsk             [[toUr'Etsk]]
Vuhledar            [[v,u:hlEd'A@]]
Chasiv Yar          [[tS'A:sIv j'A@]]
Kostiantynivka      [[k,O:stjA:nt'InIvk@]]
Kupiansk            [[k'u:pjA:nsk]]
Vovchansk           [[v'O:vtSA:nsk]]
Izium               [[Izj'u:m]]
Lyman               [[l'Im@n]]
Kurakhove           [[ku:r'A:x@vE]]
Huliaipole          [[h,u:ljaIp'O:lE]]
Orikhiv             [[O:r'i:xIv]]
Robotyne            [[r@b'O:tInE]]
Velyka Novosilka    [[vEl'Ik@ n,O:v@s'i:lk@]]
Mariupol            [[m,A:ri'u:p@l]]          # ma-ree-OO-pol
Melitopol           [[m,ElIt'O:p@l]]          # me-li-TAW-pol
Berdiansk           [[bErdj'A:nsk]]
Enerhodar           [[,En3h'O:dA@]]
Bucha               [[b'u:tS@]]               # BOO-cha
Irpin               [['i:rpIn]]
Hostomel            [[h,O:st@m'El]]
Borodianka          [[b,O:r@dj'A:nk@]]
Donbas              [[d@nb'A:s]]
Myrnohrad           [[m,Irn@hr'A:d]]
Siversk             [[s'i:vErsk]]
Selydove            [[sEl'Id@vE]]
Pechersk            [[pEtS'Ersk]]

# Ukraine: people
Volodymyr           [[v,O:l@d'ImIr]]          # vo-lo-DY-mir
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Zelensky            [[zEl'Enski]]             # as espeak-ng says it: one sound for both spellings
Oleksandr           [[,O:lEks'A:nd3]]         # o-lek-SAN-der
Syrskyi             [[s'Irski]]               # SEER-skee
Andrii              [[A:ndr'i:j]]
Sybiha              [[sIb'i:h@]]              # si-BEE-ha
Klitschko           [[kl'i:tSkoU]]            # KLEECH-ko
Vitali              [[vIt'A:li]]              # vi-TAH-lee
Yermak              [[jErm'A:k]]              # yer-MAK
Umerov              [[u:m'Er@v]]              # oo-MEH-rov
Budanov             [[bu:d'A:n@v]]            # boo-DAH-nov
Kyrylo              [[kIr'Il@]]
Shmyhal             [[SmIh'A:l]]              # shmy-HAL
Kuleba              [[ku:l'Eb@]]              # koo-LEH-ba
Dmytro              [[dmItr'O:]]
Zaluzhnyi           [[zA:l'u:Zni]]            # za-LOOZH-nee
Svyrydenko          [[sv,IrId'EnkoU]]
Stefanchuk          [[st,Ef@ntS'u:k]]
Akhmetov            [[A:xm'Et@f]]
Olena               [[oUl'En@]]
Oleksii             [[,O:lEks'i:j]]
Serhii              [[s'Erhi:j]]
Mykhailo            [[mIx'aIl@]]
Podolyak            [[p,O:d@lj'A:k]]
Podoliak            [[p,O:d@lj'A:k]]
Ihnat               [['Ihn@t]]
Yurii               [[j'u:ri:j]]
Denys               [[d'EnIs]]

# Ukraine: money and institutions
hryvnia             [[hr'Ivnj@]]              # HRIV-nya
hryvnias            [[hr'Ivnj@z]]
Verkhovna Rada      [[vErx'O:vn@ r'A:d@]]
Rada                [[r'A:d@]]                # RAH-da, not RAY-da
oblast              [['0bl@st]]               # OB-last
oblasts             [['0bl@sts]]
Maidan              [[maId'A:n]]
Holodomor           [[h,O:l@d@m'O@]]
Naftogaz            [[n,A:ft@g'A:z]]
Ukrzaliznytsia      [[,u:krz,A:lIzn'Itsj@]]

# Russia: weapons, places and people in the news about the war
Oreshnik            [[A:r'ESnIk]]             # a-RESH-nik
Shahed              [[SA:h'Ed]]               # sha-HED (an Iranian drone)
Shaheds             [[SA:h'Edz]]
Belgorod            [[bj'Elg@r@d]]
Kadyrov             [[k@d'Ir@f]]
Shoigu              [[SOIg'u:]]               # shoy-GOO
Belousov            [[bjEl@'u:s@f]]
Gerasimov           [[gjEr'A:sIm@f]]
Peskov              [[pEsk'O:f]]
Lavrov              [[l@vr'O:f]]              # la-VROFF
Zakharova           [[z@x'A:r@v@]]
Medvedev            [[mEdv'EdEf]]
Navalny             [[n@v'A:lni]]
Prigozhin           [[prIg'O:ZIn]]

# Belarus, Moldova, Georgia, Poland
Sviatlana           [[svj@tl'A:n@]]
Tsikhanouskaya      [[ts,Ix@n'O:sk@j@]]
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Tiraspol            [[tIr'A:sp@l]]
Tbilisi             [[t@bIl'i:si]]            # t'bi-LEE-see
Kobakhidze          [[k,O:bA:x'i:dzE]]
Rzeszow             [[Z'ESu:f]]               # ZHEH-shoof

# Acronyms said as words that espeak-ng says wrong (the normaliser spells
# unknown initialisms and leaves these as words: src/lang/en.c caps_words)
ESA                 [['i:s@]]                 # EE-sa (espeak-ng: ESS-a)
FEMA                [[f'i:m@]]                # FEE-ma
FTSE                [[f'Utsi]]                # FOOT-see
NIST                [[n'Ist]]

# Names in the world's news that espeak-ng's English rules get wrong
Pompeo              [[pQmp'eIoU]]             # pom-PAY-oh (espeak-ng: POM-pee-oh)
Xi Jinping          [[S'i: dZ'InpIN]]         # SHEE jin-ping (espeak-ng: zye)
Erdogan             [['E@d@w,A:n]]            # AIR-doh-wahn
Macron              [[m,akr'oUn]]             # mah-KRON
Guterres            [[gUt'Er@S]]              # goo-TEH-resh
Huawei              [[hw'A:weI]]              # WAH-way
Qatar               [[k'A:tA@]]               # KAH-tar
Modi                [[m'oUdi:]]
Scholz              [[S'oUlts]]               # SHOLTS
Khamenei            [[x,A:m@n'eI]]            # kha-meh-NAY
Riyadh              [[ri:j'A:d]]              # ree-YAHD
Kabul               [[k'A:bUl]]               # KAH-bool
Houthi              [[h'u:Ti]]                # HOO-thee
Houthis             [[h'u:Tiz]]
Hezbollah           [[h,Ezb@l'A:]]            # hez-bo-LAH
Sunak               [[s'u:nak]]               # SOO-nak
Moderna             [[m@d'3:n@]]              # mo-DER-na
Nvidia              [[En'vIdi@]]              # en-VID-ia

# Names in the world news that espeak-ng says wrong, checked with
# espeak-ng -x; the comment gives the sound intended
Bezos               [[b'eIzoUs]]              # BAY-zohss
Schiff              [[S'If]]                  # SHIFF
Burisma             [[bu:r'Ism@]]             # boo-RISS-ma
Ocasio-Cortez       [[oUk'A:sioU k,O@t'Ez]]   # oh-KAH-see-oh kor-TEZ
Petraeus            [[p@tr'eI@s]]             # pe-TRAY-us
mujahideen          [[m,u:dZ@hId'i:n]]        # moo-ja-hi-DEEN
Elon                [['i:l0n]]                # EE-lon
Antoine             [[antw'A:n]]              # an-TWAHN
Erdogan             [[,E@doU'A:n]]            # AIR-doh-ahn
Navalny             [[n@v'A:lni]]             # na-VAHL-nee
Shoigu              [[SOIg'u:]]               # shoy-GOO
Lavrov              [[l@vr'O:f]]              # lav-ROFF
Maduro              [[m@d'u:roU]]             # ma-DOO-roh
Bolsonaro           [[b,oUls@n'A:roU]]        # bohl-so-NAH-roh
Orban               [['O@bA:n]]               # OR-bahn
Orbán               [['O@bA:n]]
Kishida             [[kIS'i:d@]]              # ki-SHEE-da
Albanese            [[,alb@n'i:zi]]           # al-ba-NEE-zee
Ramaphosa           [[r,A:m@p'oUs@]]          # rah-ma-POH-sa
Tinubu              [[tIn'u:bu:]]             # ti-NOO-boo
Abiy                [['A:bi:]]                # AH-bee
Sisi                [[s'i:si:]]               # SEE-see
Raisi               [[r@'i:si:]]              # ra-EE-see
Haniyeh             [[h'A:nIj@]]              # HAH-nee-yeh
Nasrallah           [[n@sr'A:l@]]             # nas-RAH-la
Sinwar              [[sInw'A@]]               # sin-WAR
Buttigieg           [[b'u:t@dZ,EdZ]]          # BOOT-edge-edge
Mayorkas            [[maI'O@k@s]]             # my-OR-kas
Fauci               [[f'aUtSi]]               # FOW-chee
Lagarde             [[l@g'A@d]]               # la-GARD
Habeck              [[h'A:bEk]]               # HAH-beck
Rutte               [[r'Vt@]]                 # RUT-uh
Xiaomi              [[S'aUmi:]]               # SHOW-mee
Nadella             [[n@d'El@]]               # na-DELL-a
Pichai              [[p@tS'aI]]               # pi-CHAI
Renault             [[r@n'oU]]                # ruh-NOH
Nestlé              [[n'EsleI]]               # NESS-lay
Uniqlo              [[j'u:nIkloU]]            # YOO-ni-kloh
Porsche             [[p'o@S@]]                # POR-shuh
Xi                  [[S'i:]]                  # SHEE
Ghebreyesus         [[g,Ebr@j'eIs@s]]         # geb-re-YAY-sus
Medvedev            [[mEdv'EdEf]]             # med-VED-ef
Prigozhin           [[prIg'oUZIn]]            # pri-GOH-zhin
Merz                [[m'E@ts]]                # MERTS
Jurgen              [[j'3:g@n]]               # YUR-gen
Jürgen              [[j'3:g@n]]
Moreau              [[mO:r'oU]]               # mo-ROH
Trudeau             [[tru:d'oU]]              # troo-DOH
Mosul               [[m'oUs@l]]               # MOH-sul
Sunni               [[s'u:ni]]                # SOO-nee
Juncker             [[j'UNk3]]                # YOONG-ker
Nouakchott          [[nw,A:kS'0t]]            # nwahk-SHOT
McAfee              [[m'ak@fi:]]              # MACK-a-fee
Calderon            [[k,ald@r'oUn]]           # kal-de-ROHN
Calderón            [[k,ald@r'oUn]]
Fallujah            [[f@l'u:dZ@]]             # fa-LOO-ja
Kirkuk              [[k3:k'u:k]]              # kir-KOOK
Zelenskyy           [[zEl'Enski]]             # ze-LEN-skee
Xinjiang            [[S,IndZi'A:N]]           # shin-jee-AHNG
Uyghur              [['wi:g3]]                # WEE-gur
Uyghurs             [['wi:g3z]]
Tigray              [[t'i:greI]]              # TEE-gray
Tigrayan            [[t,i:gr'eI@n]]
Tbilisi             [[t@bl'i:si]]             # tuh-blee-SEE
Chisinau            [[k,i:Si:n'aU]]           # kee-shee-NOW
Vucic               [[v'u:tSItS]]             # VOO-chich
Vučić               [[v'u:tSItS]]
Idlib               [['Idlib]]                # ID-lib
Niamey              [[nj'A:meI]]              # nyah-MAY
Caracas             [[k@r'A:k@s]]             # ka-RAH-kass
Guaido              [[gwaI'doU]]              # gwy-DOH

# World figures espeak-ng stresses wrongly (each checked with espeak-ng -x)
Condoleezza         [[k,0nd@l'i:z@]]          # kon-duh-LEE-za
Saddam              [[s@d'A:m]]               # sa-DAHM
Hussein             [[hu:s'eIn]]              # hoo-SAYN
Minogue             [[mIn'oUg]]               # mi-NOHG
Sunnis              [[s'u:niz]]               # SOO-neez, as "Sunni"
Climategate         [[kl'aIm@tgeIt]]          # CLIMATE-gate
Ahmadinejad         [[,A:m@d'i:n@dZ,A:d]]     # ah-ma-DEE-ne-jahd
Bernanke            [[b3n'aNki]]              # ber-NANG-kee
Oprah               [['oUpr@]]                # OH-pra
Sarandon            [[s@r'and@n]]             # sa-RAN-dun
Beyoncé             [[bi:j'0nseI]]            # bee-YON-say
Beyonce             [[bi:j'0nseI]]

# Sports and business names
Favre               [[f'A@v]]                 # FARV
Deion               [[di:'0n]]                # dee-ON
Schuyler            [[sk'aIl3]]               # SKY-ler
Schaefer            [[S'eIf3]]                # SHAY-fer
Qwest               [[kw'Est]]                # KWEST
Redknapp            [[r'Ednap]]               # RED-nap, the k silent
Dalglish            [[dalgl'i:S]]             # dal-GLEESH
Ardiles             [[A@d'i:lEs]]             # ar-DEE-les
Celtics             [[s'EltIks]]              # SEL-tiks, Boston's team
Wyclef              [[w'aIklEf]]              # WHY-clef
Bayern              [[b'aI3n]]                # BY-ern
Sousa               [[s'u:z@]]                # SOO-za
Weibo               [[w'eIboU]]               # WAY-bo

# People in the news
Bhutto              [[b'u:toU]]               # BOO-toe
Ki-moon             [[k,i:m'u:n]]             # kee-MOON, Ban Ki-moon
Selebi              [[s@l'eIbi]]              # se-LAY-bee
Anelka              [[@n'Elk@]]               # a-NEL-ka

# Places
Leadville           [[l'Edvil]]               # LED-vil
Fremont             [[fr'i:m0nt]]             # FREE-mont
Tottenham           [[t'0t@n@m]]              # TOT-nam, the h silent
Hokkaido            [[h0k'aIdoU]]             # ho-KY-doh
Waialae             [[w,aI@l'aIeI]]           # why-a-LIE-ay

# Words
phenom              [[fIn'A:m]]               # fi-NOM
gov't               government                # a headline's short form

# Phrases that settle a homograph espeak-ng reads the other way
on a tear           on a tare                 # a run of wins, not a teardrop
bows out            [[b'aUz 'aUt]]            # BOWZ (rhymes with cows)
